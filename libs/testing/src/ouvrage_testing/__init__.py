"""Shared pytest fixtures of Ouvrage (entry point `ouvrage_testing.plugin`)."""

from ouvrage_testing.kafka import TopicFactory
from ouvrage_testing.postgres import DatabaseFactory
from ouvrage_testing.smtp import Attachment, SinkMessage, SmtpSink

__all__ = ["Attachment", "DatabaseFactory", "SinkMessage", "SmtpSink", "TopicFactory"]
