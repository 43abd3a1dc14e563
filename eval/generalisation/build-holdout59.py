#!/usr/bin/env python3
"""Writes holdout59.jsonl: a fresh generalisation holdout for four sellers not used before
(autocarrospt, inglesfl, lubricaes, conectaec; profiles in ./profiles).

autocarrospt is a Portuguese employee-transport operator (daily bus/minibus circuits for shift workers, occasional
corporate transfers); inglesfl is a Florida (US Hispanic market) workplace-English and Spanish-for-supervisors training
company; lubricaes is a Spanish distributor of industrial lubricants with oil analysis and plant lubrication services;
conectaec is an Ecuadorian rural connectivity provider (satellite internet, radio links, Wi-Fi and LoRaWAN for farms,
shrimp farms, flower farms and mining camps).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from the existing sets. Every lead is split `holdout59`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission or margin, competitor, private person).
A field that is simply absent is neutral. Urgency follows section 3 literally: a negated urgency is never CRITICAL
(but a quote or proposal request stays HIGH), an incident in the past is not an incident now, urgency about an
unrelated matter does not count, next quarter / this year is MEDIUM, next year is LOW. A manager whose title names a
buyerArea in another language (HR Manager vs. recursos humanos) is still a business decision maker.

The rows live in rows_<seller>.py (one add(rows) each); L() and write() come from holdout_rows.SellerRows. Ids are
aq001, aq002, ... in the order the rows are added; each row's profile is the seller() block it sits in. Run:
    python3 build-holdout59.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_autocarrospt, rows_inglesfl, rows_lubricaes, rows_conectaec  # noqa: E402

_rows = SellerRows(HERE, "aq")
for _module in (rows_autocarrospt, rows_inglesfl, rows_lubricaes, rows_conectaec):
    _module.add(_rows)
_rows.write("holdout59")
