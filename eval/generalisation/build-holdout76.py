#!/usr/bin/env python3
"""Writes holdout76.jsonl: a fresh generalisation holdout of 168 leads (42 per seller) for four sellers not used
before (dataroomar, balizamientomx, salvavidasmx, puentescl; profiles in ./profiles).

dataroomar is an Argentine provider of virtual data rooms and secure document exchange (M&A due diligence rooms,
watermarking and audit trails, Q&A workflows, board portals) for law firms, investment banks, PE/VC funds, banks,
listed companies and family businesses being sold in Argentina, Uruguay, Chile and Paraguay; balizamientomx is a
Mexican airfield-lighting (AGL) company (runway/taxiway lights, PAPI, constant-current regulators, heliport and
obstruction lighting, maintenance contracts and emergency repair) for airports, MRO hangars, hospitals with helipads,
tower operators, mines and plants in Mexico and Central America; salvavidasmx is a Mexican aquatic-safety company
(certified lifeguard staffing, first-aid/CPR training, pool safety audits, water-park safety plans, event water
safety) for hotels, water parks, clubs, schools and residential developments in Mexico; puentescl is a Chilean
bridge-inspection and structural-monitoring engineering firm (inspections, load tests, structural health monitoring,
seismic assessments, repair design) for public-works and road concessions, mines, ports and railways in Chile and Peru.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). No classifier code was read or run, no eval was run, no other holdout was
opened, and every name, company, address and sentence was invented for this set. Every lead is split `holdout76`: a
measuring set, not a tuning set. Each seller has the same mix of kinds: 15 buyers (critical, high, medium and low
urgency; some without a job title), 3 influencers, 2 horizons, and one or two each of no timeline, past incident,
unrelated urgency, negated urgency, unusual words, small business, off target, off country, job seeker, vendor,
partner, competitor, private person, student, spam, content-free, injection, disposable and invalid email.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral, and rows where a factor could be read two ways are built so that both
readings give the same stage. Urgency follows section 3 literally: "hoy" meaning "nowadays" is no deadline, a negated
urgency is never CRITICAL (a quote request beside it is still HIGH), an incident in the past is not an incident now,
urgency about an unrelated matter does not count, a future quote ("when the budget is approved") is not a quote
request, and a request for a quote, a proposal, a call, a demo or a visit is HIGH. A lead without a job title has
UNKNOWN seniority, so it is never SQL.

L() and write() come from holdout_rows.SellerRows. Ids are bh001, bh002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout76.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_dataroomar, rows_balizamientomx, rows_salvavidasmx, rows_puentescl  # noqa: E402

_rows = SellerRows(HERE, "bh")

for _module in (rows_dataroomar, rows_balizamientomx, rows_salvavidasmx, rows_puentescl):
    _module.add(_rows)

_rows.write("holdout76")
