"""Regenerate identity's list of common passwords (src/identity/data/common-passwords.txt).

    uv run python services/identity/tools/make_common_passwords.py

The bases are the classic entries of the well-known leaked-password rankings (the global top
lists and the French ones: azerty, motdepasse, soleil...), plus words of the building trade and
of the product; each base is expanded with the usual capitalisations, leetspeak and affixes.
Entries are normalised like the policy compares them (NFKC, case-folded, trimmed).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "identity" / "data" / "common-passwords.txt"

GLOBAL = """
123456 password 123456789 12345678 12345 qwerty abc123 football monkey letmein dragon 111111
baseball iloveyou trustno1 1234567 sunshine master 123123 welcome shadow ashley jesus michael
ninja mustang password1 1234567890 000000 qwerty123 1q2w3e4r 654321 666666 121212 superman
princess starwars login admin solo qazwsx 123qwe zaq1zaq1 password123 hello freedom whatever
charlie donald aa123456 passw0rd qwertyuiop 7777777 lovely hottie flower loveme 888888 secret
batman access zxcvbnm asdfghjkl 1qaz2wsx 987654321 michelle jennifer hunter soccer harley
ranger buster thomas tigger robert killer george summer pepper daniel hannah andrew jordan
computer maggie cheese internet taylor matrix yankees cookie chelsea orange bailey silver
biteme corvette mercedes samsung google yellow purple banana chocolate jessica nicole
matthew anthony joshua amanda pokemon liverpool arsenal chicken william hockey dallas
austin thunder ginger hammer phoenix diamond falcon marina sparky morgan merlin cowboy
winter spring autumn august october november december january february april
qwe123 1qazxsw2 q1w2e3r4 abcd1234 abcdef abcdefgh azerty123 test test123 testing guest
user default changeme changeit root administrator adminadmin admin123 pass pass123
secret123 letmein1 welcome1 welcome123 iloveyou1 monkey123 dragon123 football1 baseball1
master123 sunshine1 shadow123 princess1 superman1 batman123 starwars1 qwerty1 qwertz
asdf1234 asdfgh zxcvbn 112233 123321 159753 147258 147258369 11111111 00000000 aaaaaa
abc12345 a123456 123456a 1234qwer qwer1234 password2 p4ssword iloveu lovers forever
""".split()  # noqa: SIM905 - easier to read and extend as text

FRENCH = """
azerty azertyuiop azertyui azerty1 azerty12 motdepasse motdepass mot2passe mdp mdpmdp
soleil doudou loulou chouchou marseille bonjour nicolas camille julien celine chocolat
coucou princesse jetaime amour olivier france thomas alexandre marine anthony isabelle
nathalie sandrine stephanie valerie sophie aurelie caroline laurence sylvie christine
frederic sebastien jeanpierre jeanmarc christophe philippe francois laurent vincent
pierre antoine maxime romain guillaume mathieu kevin jeremy jerome pascal patrick
bienvenue bisous bebe cheval chaton chien chat papillon fleur etoile lumiere liberte
vacances football paris lyon toulouse bordeaux nantes lille nice rennes strasbourg
montpellier psg om olympique allezlesbleus bleublancrouge poulet fromage baguette
maman papa famille enfant enfants mamour monamour tresor cherie doudoune nounours
tintin asterix obelix pikachu naruto zidane mbappe platini ribery griezmann
ordinateur internet informatique clavier souris bureau travail boulot
motdepasse123 azerty123456 soleil123 jetaime123 doudou123 loulou123 marseille13
""".split()  # noqa: SIM905 - easier to read and extend as text

TRADE = """
batiment chantier maison artisan plombier electricien macon maconnerie menuisier menuiserie
couvreur toiture charpente charpentier peintre peinture carrelage carreleur plaquiste
chauffage chauffagiste climatisation isolation renovation travaux construction
entreprise societe agence bureau atelier devis facture client clients chef patron
ouvrage extrabat planning sav intervention utilisateur administrateur gestion compta
comptable secretaire commercial technicien equipe bienvenue nouveau nouveaumotdepasse
""".split()  # noqa: SIM905 - easier to read and extend as text

# Affixes around a word are also stripped at comparison time; these cover the short words.
SUFFIXES = ["", "1", "12", "123", "1234", "!", "1!", "123!", "@", "2024", "2025"]

LEET = {"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"}


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def leet_variants(word: str) -> set[str]:
    variants = {word.translate(str.maketrans(LEET))}
    for letter in ("a", "o"):
        if letter in word:
            variants.add(word.replace(letter, LEET[letter]))
    return variants - {word}


def expand(bases: list[str], suffixes: list[str]) -> set[str]:
    entries: set[str] = set()
    for base in bases:
        for word in {base, *leet_variants(base)}:
            entries.update(word + suffix for suffix in suffixes)
    return entries


def main() -> None:
    words = sorted({normalise(w) for w in (*GLOBAL, *FRENCH, *TRADE)})
    entries = expand(words, SUFFIXES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = sorted(normalise(e) for e in entries if e)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} entries written to {OUT}")


if __name__ == "__main__":
    main()
