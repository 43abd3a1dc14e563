#!/usr/bin/env python3
"""Writes holdout61.jsonl: a fresh generalisation holdout for four sellers not used before
(cardioes, agrovisaus, soldaco, isotermbr; profiles in ./profiles).

cardioes is a Spanish cardioprotection company (AED sale and renting, maintenance with telemonitoring, CPR/AED
training) selling in Spain and Portugal; agrovisaus is a US firm that runs the H-2A seasonal farmworker program for
growers (filings, recruitment in Mexico and Central America, housing/transport and wage compliance), with leads
mostly in English and some in Spanish; soldaco is a Colombian welding-supplies company (consumables, welding and
cutting machines, shielding gases, WPS/PQR and welder certification); isotermbr is a Brazilian industrial thermal
insulation contractor (hot and cold piping, boilers, tanks, cold rooms, loss diagnosis), with leads mostly in Portuguese.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). No classifier code was read or run, no eval was run, and no sentence, name
or company was taken from other sets. Every lead is split `holdout61`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Urgency follows section 3 literally: a negated urgency is never CRITICAL,
an incident in the past is not an incident now, urgency about an unrelated matter does not count, and a request for
a quote, a proposal, a call, a demo or a visit is HIGH.

The rows live in rows_<seller>.py (one add(rows) per seller); ids are as001, as002, ... in the order written. Run:
    python3 build-holdout61.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_cardioes, rows_agrovisaus, rows_soldaco, rows_isotermbr  # noqa: E402

_rows = SellerRows(HERE, "as")
for _module in (rows_cardioes, rows_agrovisaus, rows_soldaco, rows_isotermbr):
    _module.add(_rows)
_rows.write("holdout61")
