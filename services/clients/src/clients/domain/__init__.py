"""The clients domain: client records, their statuses, pure and synchronous."""
