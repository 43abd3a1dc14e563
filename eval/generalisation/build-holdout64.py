#!/usr/bin/env python3
"""Writes holdout64.jsonl: a fresh generalisation holdout for four sellers not used before
(polinizabr, lumentx, aditivaes, valorescr; profiles in ./profiles, rows in ./rows_<id>.py).

polinizabr is a Brazilian commercial pollination company (hive rental, pollination plans, hive monitoring, greenhouse
bees, field-crew training; leads mostly in Portuguese); lumentx is a Texas LED lighting retrofit and controls contractor
for warehouses, plants, hospitals, schools and parking (leads mostly in English, some US-Hispanic Spanish); aditivaes is
a Spanish industrial additive-manufacturing bureau (metal and polymer parts, spare parts by reverse engineering, DfAM,
post-processing) for Spain and Portugal; valorescr is a cash-in-transit company for Costa Rica and Panama (armoured
pickups, cash processing, ATM replenishment, smart safes, change supply).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no other set
was read. Every lead is split `holdout64`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: no weak factor; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Urgency follows section 3 literally: a quote, proposal, call, meeting, visit
or demo request is HIGH (a negated urgency only rules out CRITICAL), next quarter / this year is MEDIUM, next year or
no timeline is LOW, an incident in the past is not an incident now, and urgency about an unrelated matter does not count.

L() and write() come from holdout_rows.SellerRows. Ids are av001, av002, ... in the order the rows are added; each
row's profile is the seller() block it sits in. Run:
    python3 build-holdout64.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_polinizabr, rows_lumentx, rows_aditivaes, rows_valorescr  # noqa: E402

_rows = SellerRows(HERE, "av")
for _module in (rows_polinizabr, rows_lumentx, rows_aditivaes, rows_valorescr):
    _module.add(_rows)
_rows.write("holdout64")
