#!/usr/bin/env python3
"""Writes holdout55.jsonl: a fresh generalisation holdout for four sellers not used before
(raiospt, amenitieses, huracanfl, isobo; profiles in ./profiles).

raiospt is a Portuguese lightning-protection company (para-raios / SPDA, earthing, surge protection, periodic
inspections), leads mostly in Portuguese; amenitieses is a Spanish maker of branded hotel toiletries, refillable
dispensers and guest kits for Spain, Portugal and Andorra, leads mostly in Spanish with some Portuguese; huracanfl is
a Miami-area commercial hurricane-protection contractor (impact windows, shutters, storm panels, pre-season
inspections, emergency board-up) serving the US Hispanic market, leads in Spanish, English and Spanglish; isobo is a
Bolivian ISO management-system consultancy (9001, 14001, 45001, 22000/FSSC, audits, auditor training) for Bolivia
and Paraguay, leads mostly in Spanish. Every seller has English leads.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). No classifier was read or run and nothing was taken from other sets. The
mix aims at a real inbound inbox: mostly genuine buyers of every fit and urgency (deadlines, quotes, vague interest,
research, future plans, incidents now and in the past, micro businesses, large companies outside the target
countries or industries) and a minority of non-buyers (job seekers, vendors, partners after a commission,
competitors, students, private persons, spam, disposable / invalid emails, too-little-to-decide leads). Every lead
is split `holdout55`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: none weak; B: one weak; C: two weak; D: three weak, or
not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person). A field
that is simply absent is neutral. Decision makers follow section 1: C_LEVEL and DIRECTOR always; a MANAGER in
technology, purchasing or one of the profile's buyerAreas; TECHNICAL, USER and other managers are influencers or
users. Urgency follows section 3 literally: a past incident is not an incident now, "hoje em dia" is no deadline, a
negated urgency is never CRITICAL, a request for a quote, a proposal, a call, a meeting or a visit is HIGH, and a
deadline this week / tomorrow / today is CRITICAL. Fit C gives NURTURE whatever the urgency.

L() and write() come from holdout_rows.SellerRows. Ids are am001, am002, ... in the order the rows are written (the
four rows_<seller>.py files, in the order below); each row's profile is the seller() block it sits in. Run:
    python3 build-holdout55.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_raiospt, rows_amenitieses, rows_huracanfl, rows_isobo  # noqa: E402

_rows = SellerRows(HERE, "am")
for _mod in (rows_raiospt, rows_amenitieses, rows_huracanfl, rows_isobo):
    _mod.add(_rows)
_rows.write("holdout55")
