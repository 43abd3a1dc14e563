#!/usr/bin/env python3
"""Writes holdout81.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(cerrajeriacorpcl, agrimensurabr, interpretacionmedicaus, dragadope; profiles in ./profiles).

cerrajeriacorpcl is a Chilean corporate locksmith and access-control company (master-key systems, electronic and
RFID locks, safe opening and service, access-control installation and maintenance) for hotels, hospitals and
clinics, universities, office buildings and retail chains in Chile and Peru, 60 employees or more; agrimensurabr is a
Brazilian land-surveying and georeferencing firm (INCRA/SIGEF georeferencing, topographic and as-built surveys,
drone/LiDAR mapping, CAR support) for agribusiness, mining, energy and real-estate developers in Brazil, 50 employees
or more; interpretacionmedicaus is a US medical-interpreting company (on-site Spanish and Portuguese interpreters,
VRI, OPI, patient-document translation) for hospitals, clinic networks, health insurers and home-health agencies in
Texas, California and Florida, 100 employees or more; dragadope is a Peruvian dredging contractor (port access
channels, reservoir and intake desilting, tailings ponds, bathymetric surveys) for port terminals, mining companies,
hydroelectric plants and water utilities in Peru and Ecuador, 200 employees or more.

Each seller has 42 rows (rows_<id>.py): 15 buyers covering every urgency level and several seniorities (including
absent jobPosition -> UNKNOWN and absent companySize), 3 influencers, 2 horizon, and one or two each of no_timeline,
past_incident, unrelated_urgency, negated_urgency, unusual_words, small_business, off_target, off_country,
job_seeker, vendor, partner, competitor, private_person, student, spam, content_free, injection, disposable_email
and invalid_email.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no other
evaluation set was read. Every person, company, domain and phone number is invented. Every lead is split
`holdout81`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: no weak factor;
B: one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a
commission, competitor, private person). A field that is simply absent is neutral. Urgency follows section 3
literally: a request for a quote, a proposal, a call, a demo or a visit is HIGH; "hoje em dia"/nowadays is no
deadline; a negated urgency is never CRITICAL (a quote request with "no es urgente" stays HIGH); an incident in the
past is not an incident now; urgency about an unrelated matter does not count. Injected instructions in a
description are ignored and the lead is labelled from its fields.

L() and write() come from holdout_rows.SellerRows. Ids are bm001, bm002, ... in the order the rows are written;
each row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout81.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_cerrajeriacorpcl, rows_agrimensurabr, rows_interpretacionmedicaus, rows_dragadope  # noqa: E402

_rows = SellerRows(HERE, "bm")
rows_cerrajeriacorpcl.add(_rows)
rows_agrimensurabr.add(_rows)
rows_interpretacionmedicaus.add(_rows)
rows_dragadope.add(_rows)
_rows.write("holdout81")
