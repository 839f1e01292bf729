"""What an SPF check means for the company, and the exact fix, in French (FAQ « not delivery »)."""

from __future__ import annotations

from dataclasses import dataclass

from notifier.domain.spf import SpfCheck, SpfSyntaxError, Term, Verdict, normalise, parse

_SUMMARIES = {
    "authorised": "L'enregistrement SPF de {d} autorise la plateforme : les emails partent de "
    "votre adresse.",
    "all_pass": "L'enregistrement SPF de {d} autorise la plateforme, mais « +all » autorise "
    "n'importe quel serveur : c'est déconseillé.",
    "no_record": "{d} n'a pas d'enregistrement SPF : les serveurs destinataires peuvent refuser "
    "les emails envoyés en votre nom.",
    "all_fail": "L'enregistrement SPF de {d} n'autorise pas la plateforme et se termine par "
    "« -all » : les emails envoyés en votre nom sont refusés (« not delivery »).",
    "all_softfail": "L'enregistrement SPF de {d} n'autorise pas la plateforme et se termine par "
    "« ~all » : les emails envoyés en votre nom risquent d'être classés en indésirables.",
    "all_neutral": "L'enregistrement SPF de {d} n'autorise pas la plateforme (« ?all ») : les "
    "emails envoyés en votre nom risquent d'être refusés ou classés en indésirables.",
    "no_match": "L'enregistrement SPF de {d} n'autorise pas la plateforme : les emails envoyés "
    "en votre nom risquent d'être refusés ou classés en indésirables.",
    "include_fail": "L'enregistrement SPF de {d} interdit explicitement la plateforme "
    "(« -include: »).",
    "include_softfail": "L'enregistrement SPF de {d} mentionne la plateforme avec « ~ » : elle "
    "n'est pas autorisée.",
    "include_neutral": "L'enregistrement SPF de {d} mentionne la plateforme avec « ? » : elle "
    "n'est pas autorisée.",
    "lookup_limit": "L'enregistrement SPF de {d} demande plus de 10 recherches DNS (limite de "
    "la RFC 7208) : les serveurs destinataires le considèrent comme invalide.",
    "void_limit": "L'enregistrement SPF de {d} mène à plus de 2 recherches DNS sans résultat "
    "({x}) : les serveurs destinataires le considèrent comme invalide.",
    "multiple_records": "{d} publie plusieurs enregistrements SPF : c'est invalide.",
    "syntax": "L'enregistrement SPF de {d} est invalide ({x}).",
    "include_without_record": "L'enregistrement SPF de {d} inclut {x}, qui n'a pas "
    "d'enregistrement SPF : il est invalide.",
    "redirect_without_record": "L'enregistrement SPF de {d} renvoie (redirect=) vers {x}, qui "
    "n'a pas d'enregistrement SPF : il est invalide.",
    "redirect_loop": "L'enregistrement SPF de {d} renvoie en boucle vers {x} : il est invalide.",
    "dns_unavailable": "Le serveur DNS n'a pas répondu : l'enregistrement SPF de {d} n'a pas pu "
    "être vérifié pour le moment.",
}

_ADD = "Ajoutez include:{p} à l'enregistrement SPF de {d}"
_FIXES = {
    "no_record": _ADD + " (il n'existe pas encore : créez un enregistrement TXT, par exemple "
    "« {r} », en y ajoutant les serveurs de votre messagerie habituelle).",
    "include_qualified": "Remplacez « {t} » par « include:{p} » dans l'enregistrement SPF de {d}.",
    "include_after_all": "Placez include:{p} avant « {t} » dans l'enregistrement SPF de {d}.",
    "lookup_limit": "Réduisez à 10 au plus les mécanismes include:, a, mx, ptr, exists et "
    "redirect= de l'enregistrement SPF de {d} (inclusions comprises), en y gardant include:{p}.",
    "void_limit": "Retirez de l'enregistrement SPF de {d} les mécanismes qui visent des noms "
    "inexistants ({x}), et gardez-y include:{p}.",
    "multiple_records": "Fusionnez les enregistrements SPF de {d} en un seul, contenant "
    "include:{p}.",
    "syntax": "Corrigez l'enregistrement SPF de {d} et gardez-y include:{p}.",
    "include_without_record": "Retirez include:{x} de l'enregistrement SPF de {d} et gardez-y "
    "include:{p}.",
    "redirect_without_record": "Retirez redirect={x} de l'enregistrement SPF de {d} et gardez-y "
    "include:{p}.",
    "redirect_loop": "Retirez redirect={x} de l'enregistrement SPF de {d} et gardez-y include:{p}.",
}
FALLBACK_NOTE = (
    "En attendant, les emails partent de l'adresse de la plateforme, avec votre adresse en "
    "« Répondre à »."
)


@dataclass(frozen=True)
class SpfAdvice:
    summary: str
    fix: str | None
    suggested_record: str | None


def advise(check: SpfCheck, platform_spf_domain: str) -> SpfAdvice:
    """The French explanation of ``check``, the exact fix, and the record to publish."""
    platform = normalise(platform_spf_domain)
    values = {"d": check.domain, "p": platform, "x": check.detail or ""}
    summary = _SUMMARIES.get(check.reason, "Vérification SPF : {d}.").format(**values)
    if check.authorised:
        return SpfAdvice(summary, None, None)
    summary = f"{summary} {FALLBACK_NOTE}"
    if check.verdict is Verdict.TEMPERROR:
        return SpfAdvice(summary, None, None)
    suggested = suggest_record(check.record, platform)
    fix_key, term = _fix_key(check, platform)
    fix = _FIXES.get(fix_key, _ADD + ".").format(**values, r=suggested or "", t=term)
    return SpfAdvice(summary, fix, suggested)


def _fix_key(check: SpfCheck, platform: str) -> tuple[str, str]:
    terms = _terms(check.record)
    own = next((t for t in terms if t.name == "include" and _is(t.value, platform)), None)
    if check.verdict is Verdict.PERMERROR or check.verdict is Verdict.NONE:
        return check.reason, ""
    if own is not None and own.qualifier != "+":
        return "include_qualified", own.text
    first_all = next((t for t in terms if t.name == "all"), None)
    if own is not None and first_all is not None and terms.index(first_all) < terms.index(own):
        return "include_after_all", first_all.text
    return "add", ""


def suggest_record(record: str | None, platform_spf_domain: str) -> str | None:
    """``record`` with a plain ``include:`` of the platform placed before its ``all``."""
    platform = normalise(platform_spf_domain)
    if record is None:
        return f"v=spf1 include:{platform} ~all"
    try:
        terms = [t for t in parse(record) if not (t.name == "include" and _is(t.value, platform))]
    except SpfSyntaxError:
        return None
    mechanisms = [t for t in terms if not t.modifier]
    position = next((i for i, t in enumerate(mechanisms) if t.name == "all"), len(mechanisms))
    mechanisms.insert(position, Term("+", "include", platform))
    modifiers = [t for t in terms if t.modifier]
    return " ".join(["v=spf1", *(t.text for t in [*mechanisms, *modifiers])])


def _terms(record: str | None) -> list[Term]:
    if record is None:
        return []
    try:
        return parse(record)
    except SpfSyntaxError:
        return []


def _is(value: str | None, platform: str) -> bool:
    return value is not None and normalise(value) == platform
