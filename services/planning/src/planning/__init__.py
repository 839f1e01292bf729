"""Ouvrage planning: worksites, interventions and their operators, site sheets, SAV."""
