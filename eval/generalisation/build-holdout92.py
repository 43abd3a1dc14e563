#!/usr/bin/env python3
"""Writes holdout92.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(arquitecturaretailmx, seguridadeventoscl, nutricionanimalco, pinturaindustrialpa; profiles in ./profiles), 42 each.

arquitecturaretailmx is a Mexican retail-architecture and shopfitting company (store design, fit-out with night-time
remodels, commercial furniture from its own plant, multi-city roll-outs and mall permits) for retail chains, bank
branches, restaurant chains, pharmacies and telecom stores in Mexico with 50+ employees; its leads are in Mexican Spanish,
with US English for US brands entering Mexico. seguridadeventoscl is a Chilean event-security and crowd-management
company (OS-10 guards and stewards, access control and ticket scanning, crowd-flow planning and stage barriers,
coordination with police and health services) for promoters, stadiums, festivals, corporate events and municipalities in
Chile with 20+ employees; Chilean Spanish, a few English leads from international tours. nutricionanimalco is a
Colombian animal-nutrition company (premixes and feed additives, ration formulation, feed-mill quality audits, on-farm
advice) for poultry, pig and dairy farms, feed mills and aquaculture in Colombia with 30+ employees; Colombian Spanish, a
few English leads and one Brazilian Portuguese vendor. pinturaindustrialpa is a Panamanian industrial-coatings contractor
(abrasive blasting, anticorrosion coatings and fireproofing, NACE/AMPP coating inspection, maintenance-painting contracts)
for ports, canal contractors, fuel terminals, power plants and industrial plants in Panama and Costa Rica with 50+
employees; Panamanian Spanish and English.

Each seller has 42 rows: 15 buyers (every urgency level, several seniorities including the boss of an influencer, some
with no jobPosition or no companySize), 3 influencers, 2 horizon, and one or two each of no_timeline, past_incident,
unrelated_urgency, negated_urgency, unusual_words (2), small_business, off_target, off_country, job_seeker, vendor (2),
partner, competitor, private_person, student, spam, content_free (2), injection, disposable_email and invalid_email.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain and sentence is invented. Every lead is split `holdout92`: a measuring set, not
a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries / targetAudience, size
against the profile's minimum, need against mainServices, country against targetCountries read from the location field).
A: no weak factor; B: one weak; C: two weak; D: three or more weak, or not a buyer at all (student, job seeker, vendor,
partner after a commission, competitor, private person). A field that is simply absent is neutral. So a good lead from
outside targetCountries is fit B and can still be SQL. Seniority follows section 1 (C_LEVEL patterns first; an absent
jobPosition is UNKNOWN and never a decision maker; a MANAGER in the profile's buyerAreas or in purchasing decides).
Urgency follows section 3 literally: "hoy" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL, an
incident in the past is not an incident now, urgency about an unrelated matter does not count, and a request for a
quote, a proposal, a call or a visit is HIGH. Content-free descriptions (and an injection with nothing else in it) are
REVIEW; an embedded instruction never changes the label.

L() and write() come from holdout_rows.SellerRows. Ids are bx001, bx002, ... in the order the rows are added; each
row's profile is the seller() block it sits in. Run:
    python3 build-holdout92.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_arquitecturaretailmx, rows_seguridadeventoscl, rows_nutricionanimalco, rows_pinturaindustrialpa  # noqa: E402

_rows = SellerRows(HERE, "bx")
rows_arquitecturaretailmx.add(_rows)
rows_seguridadeventoscl.add(_rows)
rows_nutricionanimalco.add(_rows)
rows_pinturaindustrialpa.add(_rows)
_rows.write("holdout92")
