"""The actions service: action types and follow-up actions on client records, with due alerts."""
