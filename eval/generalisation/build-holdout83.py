#!/usr/bin/env python3
"""Writes holdout83.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(tasacionesuy, trazabilidadganadopy, toxicologialaboralco, laboratorioemisionescl; profiles in ./profiles).

tasacionesuy is a Uruguayan appraisal firm (real-estate appraisals for mortgages and guarantees, machinery and fleet
valuations, land and livestock valuations, IFRS fixed-asset revaluations) for banks, insurers, agribusiness, leasing
firms and large companies in Uruguay and Paraguay, 50 employees or more; trazabilidadganadopy is a Paraguayan
livestock-traceability company (RFID ear tags and readers, herd software linked to SITRAP, EU / Chile export-compliance
audits, weighing-scale integration) for ranches, feedlots, meatpackers and cooperatives in Paraguay and Bolivia, 20 or
more; toxicologialaboralco is a Colombian workplace drug and alcohol testing company (pre-employment, random and
post-accident testing, on-site collection at remote camps, breathalyser programmes and policy design) for mining, oil
and gas, transport and logistics, construction and security companies in Colombia, 100 or more; laboratorioemisionescl
is a Chilean stack-emissions and air-quality laboratory (isokinetic sampling, CEMS audits, ambient air stations, odour
studies) for smelters, power plants, cement, pulp and fishmeal plants in Chile and Peru, 100 or more.

Each seller has the same mix of 42 kinds: 15 buyers (every urgency level, several seniorities including the bosses of
some influencers, some without jobPosition or companySize), 3 influencers, 2 horizon, 1 no_timeline, 1 past_incident,
1 unrelated_urgency, 1 negated_urgency, 2 unusual_words, 1 small_business, 1 off_target, 1 off_country, 1 job_seeker,
2 vendors, 1 partner, 1 competitor, 1 private_person, 1 student, 1 spam, 2 content_free, 1 injection,
1 disposable_email, 1 invalid_email. The rows live in rows_<seller>.py (one add(rows) per seller).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no other
evaluation set was read; every person, company, domain and phone number is invented. Every lead is split `holdout83`:
a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. An absent jobPosition is seniority UNKNOWN, so never a decision maker.
Urgency follows section 3 literally: "hoy / hoy en día" meaning "nowadays" is no deadline, a negated urgency is never
CRITICAL (but a quote request next to it is still HIGH), an incident in the past is not an incident now, urgency about
an unrelated matter does not count, and a request for a quote, a proposal, a call or a visit is HIGH.

L() and write() come from holdout_rows.SellerRows. Ids are bo001, bo002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout83.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_tasacionesuy, rows_trazabilidadganadopy, rows_toxicologialaboralco, rows_laboratorioemisionescl  # noqa: E402

_rows = SellerRows(HERE, "bo")
rows_tasacionesuy.add(_rows)
rows_trazabilidadganadopy.add(_rows)
rows_toxicologialaboralco.add(_rows)
rows_laboratorioemisionescl.add(_rows)
_rows.write("holdout83")
