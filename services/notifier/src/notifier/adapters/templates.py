"""Email templates with Jinja2: ``<name>.subject.j2``, ``<name>.txt.j2`` and ``<name>.html.j2``
in the package's ``templates`` folder, in French."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from notifier.app.ports import RenderedEmail

TEMPLATES = ("action_assigned", "action_due", "site_sheet", "password_changed")


class JinjaRenderer:
    def __init__(self) -> None:
        self._env = Environment(
            loader=PackageLoader("notifier", "templates"),
            autoescape=select_autoescape(enabled_extensions=("html.j2",)),
            undefined=StrictUndefined,
            keep_trailing_newline=True,
        )

    def render(self, template: str, context: dict[str, Any]) -> RenderedEmail:
        """Subject, plain text and HTML of ``template`` (a missing variable is an error)."""
        subject = self._env.get_template(f"{template}.subject.j2").render(context)
        return RenderedEmail(
            subject=" ".join(subject.split()),
            text=self._env.get_template(f"{template}.txt.j2").render(context),
            html=self._env.get_template(f"{template}.html.j2").render(context),
        )
