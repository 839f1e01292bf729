"""Every rule of the password policy, with accented letters, € and Unicode punctuation."""

import pytest
from identity.adapters.common_passwords import load_common_passwords
from identity.domain.errors import PasswordPolicyError
from identity.domain.password_policy import (
    RULE_MESSAGES,
    PasswordPolicy,
    PolicyRule,
    generate_password,
)

POLICY = PasswordPolicy(load_common_passwords())
GOOD = "Chantier-Rue-Haute-17"


def failures(candidate: str, **kwargs: object) -> list[PolicyRule]:
    return POLICY.failures(candidate, **kwargs)  # type: ignore[arg-type]


def test_a_compliant_password_passes_every_rule() -> None:
    assert failures(GOOD, email="jean.dupont@example.fr") == []
    POLICY.check(GOOD, email="jean.dupont@example.fr")


@pytest.mark.parametrize(
    ("candidate", "rule"),
    [
        ("Ab1!efghi", PolicyRule.MIN_LENGTH),  # 9 characters
        ("abcdefgh1!jk", PolicyRule.UPPERCASE),
        ("Abcdefghij!k", PolicyRule.DIGIT),
        ("Abcdefghij1k", PolicyRule.SPECIAL),
        ("A" + "b1!" * 43, PolicyRule.MAX_LENGTH),  # 130 characters
    ],
)
def test_each_character_rule_fails_alone(candidate: str, rule: PolicyRule) -> None:
    assert failures(candidate) == [rule]


def test_exactly_ten_characters_is_long_enough() -> None:
    assert PolicyRule.MIN_LENGTH not in failures("Xk7!mzq2pw")
    assert failures("Xk7!mzq2pw") == []


@pytest.mark.parametrize("special", ["€", "@", "!", "«", "»", "’", "¿", "¡", "§", "°", "—"])
def test_euro_sign_and_unicode_punctuation_count_as_special(special: str) -> None:
    assert failures(f"Fondation{special}2024x") == []


def test_accented_letters_are_letters_not_special_characters() -> None:
    assert failures("Fondationéàèç2024") == [PolicyRule.SPECIAL]


def test_an_accented_capital_counts_as_uppercase() -> None:
    assert failures("échafaudage!2024") == [PolicyRule.UPPERCASE]
    assert failures("Échafaudage!2024") == []


def test_a_space_alone_is_not_a_special_character() -> None:
    assert failures("Fondation 2024x") == [PolicyRule.SPECIAL]


def test_precomposed_and_decomposed_accents_have_the_same_length() -> None:
    decomposed = "E\u0301chafaud1!"  # É written as E + combining acute: 10 characters once NFC
    assert PolicyRule.MIN_LENGTH not in failures(decomposed)


def test_the_current_password_is_refused() -> None:
    assert failures(GOOD, same_as_current=True) == [PolicyRule.NOT_CURRENT]


def test_the_email_local_part_is_refused_whatever_its_case() -> None:
    assert failures("Xx-JEAN.DUPONT-2024", email="jean.dupont@example.fr") == [PolicyRule.NOT_EMAIL]


def test_a_very_short_local_part_is_not_checked() -> None:
    assert failures(GOOD, email="jd@example.fr") == []


@pytest.mark.parametrize(
    "common",
    ["Motdepasse1!", "Azerty123!", "Password1!", "P@ssw0rd2024", "AZERTYUIOP1€", "Soleil2024!!"],
)
def test_common_passwords_are_refused_in_any_case_and_with_usual_affixes(common: str) -> None:
    assert PolicyRule.NOT_COMMON in failures(common)


def test_the_shipped_list_holds_a_few_thousand_normalised_entries() -> None:
    common = load_common_passwords()
    assert len(common) > 2000
    assert {"motdepasse", "azerty123", "password1!", "123456"} <= common
    assert all(entry == entry.casefold().strip() for entry in common)


def test_the_error_lists_every_failed_rule_in_french() -> None:
    with pytest.raises(PasswordPolicyError) as caught:
        POLICY.check("jean", email="jean@example.fr")
    failed = caught.value.details["failed_rules"]
    assert failed == ["min_length", "uppercase", "digit", "special", "not_email"]
    message = str(caught.value)
    assert message.startswith("Le mot de passe doit : ")
    for rule in failed:
        assert RULE_MESSAGES[PolicyRule(rule)] in message


def test_generated_passwords_satisfy_the_policy_and_differ() -> None:
    passwords = {generate_password(POLICY) for _ in range(50)}
    assert len(passwords) == 50
    assert all(failures(p) == [] for p in passwords)
