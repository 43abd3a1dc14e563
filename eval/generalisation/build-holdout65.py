#!/usr/bin/env python3
"""Writes holdout65.jsonl: a fresh generalisation holdout for four sellers not used before
(odontobr, remisba, coordinaes, remediatx; profiles in ./profiles, rows in rows_<id>.py).

odontobr is a Brazilian corporate dental-plan operator (company plans, orthodontics, migration without waiting
periods, HR portal, in-company dentistry; leads mostly Portuguese); remisba is a Buenos Aires corporate remis and
chauffeured-car service (executive and airport transfers, corporate accounts, night staff rides, events; leads in
rioplatense Spanish); coordinaes is a Spanish contractor-coordination (CAE, RD 171/2004) platform and document
validation service (leads in peninsular Spanish); remediatx is a Texas commercial water-damage restoration and mold
remediation company (leads mostly English, some Spanish from the Hispanic market).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from the existing sets. Every lead is split `holdout65`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum or a
portfolio of several buildings/sites, need against mainServices, country against targetCountries). A: all four good;
B: one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a
commission, competitor, private person). A field that is simply absent is neutral. Urgency follows section 3
literally: "hoje/hj" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote request stays
HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, and a request
for a quote, a proposal, a call, a demo or a visit is HIGH.

L() and write() come from holdout_rows.SellerRows. Ids are aw001, aw002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 build-holdout65.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_odontobr, rows_remisba, rows_coordinaes, rows_remediatx  # noqa: E402

_rows = SellerRows(HERE, "aw")
for _module in (rows_odontobr, rows_remisba, rows_coordinaes, rows_remediatx):
    _module.add(_rows)
_rows.write("holdout65")
