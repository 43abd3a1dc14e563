#!/usr/bin/env python3
"""Writes holdout109.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(moldesbr, relinecl, patologiagt, busairaz; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

moldesbr is a Brazilian toolmaker in Jaboatão dos Guararapes, Pernambuco (injection moulds, sheet-metal stamping dies
and gauges/fixtures made to order, plus maintenance of customers' moulds and dies) for plastics processors, packaging,
auto-parts, appliance/electronics, cosmetics, beverage and building-materials factories in Brazil, 30 employees or
more; leads in Brazilian Portuguese (one Angolan), a few in English. relinecl is a Chilean mining-service contractor in
Antofagasta (SAG and ball-mill relining in planned shutdowns, laser wear scanning and liner-life forecasts, wear
lining of chutes and screens, bolt removal and emergency crews) for copper, gold and iron miners, concentrators,
plant-maintenance contractors and cement plants in Chile and Peru, 100 employees or more; leads in Chilean and
Peruvian Spanish (one Bolivian), a few in English. patologiagt is a Guatemalan anatomic-pathology reference laboratory
in Guatemala City (histopathology, immunohistochemistry, cytology, frozen sections, telepathology and outsourced
hospital pathology) for private hospitals, specialty clinics, medical centres and clinical laboratories in Guatemala
and El Salvador, 20 employees or more; leads in Guatemalan and Salvadoran Spanish, a few in English. busairaz is a
Phoenix, Arizona fleet-maintenance specialist for bus and coach air conditioning (mobile preventive maintenance,
failure repair with a 24/7 roadside van, summer-readiness fleet programmes, retrofits and electric-compressor
conversions) for transit agencies and contractors, school districts, charter and tour operators, shuttle and
paratransit operators in the US, 25 employees or more; leads in US English, a few in Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout109`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today/ahorita" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at most, and an absent
jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are co001, co002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout109.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_moldesbr  # noqa: E402
import rows_relinecl  # noqa: E402
import rows_patologiagt  # noqa: E402
import rows_busairaz  # noqa: E402

_rows = SellerRows(HERE, "co")
rows_moldesbr.add(_rows)
rows_relinecl.add(_rows)
rows_patologiagt.add(_rows)
rows_busairaz.add(_rows)
_rows.write("holdout109")
