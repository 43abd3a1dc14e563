#!/usr/bin/env python3
"""Writes holdout95.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(redutoresbr, acuiculturaec, validacionpr, visaoartificialpt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

redutoresbr is a Brazilian industrial field-service company (rebuild and remanufacture of industrial gearboxes of any
brand, on-site diagnosis and 24 h emergency work with laser alignment and gearbox swaps, replacement gears and
pinions by reverse engineering, gearbox maintenance contracts) for mining, steel, cement, pulp and paper,
sugar/ethanol mills, food and sanitation plants in Brazil, 50 employees or more; leads in Brazilian Portuguese, a
few in English (and one Angolan lead in Portuguese). acuiculturaec is an Ecuadorian aquaculture-health service
company (shrimp PCR/qPCR, histopathology and bacteriology, water and pond-soil monitoring, field technical
assistance, biosecurity and ASC/BAP preparation) for shrimp farms, hatcheries, packers and aquafeed mills in Ecuador
and Peru, 20 workers or more; leads in Ecuadorian Spanish, a few in English. validacionpr is a Puerto Rican
professional-services firm for commissioning, qualification and validation (IQ/OQ/PQ, process/cleaning/packaging
validation, CSV and data integrity, FDA inspection readiness and contract validation engineers) for pharma,
medical-device, biotech, nutraceutical and CMO plants in Puerto Rico and the Dominican Republic, 100 employees or
more; leads in Puerto Rican and Dominican Spanish and in English. visaoartificialpt is a Portuguese software/data
company selling a subscription machine-vision platform (AI defect detection, label and packaging verification,
measurement and counting by image, quality-data platform) to manufacturers in Portugal and Brazil, 30 workers or
more; leads in European Portuguese, Brazilian Portuguese and a few in English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout95`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission
or referral fee, competitor, private person). A field that is simply absent is neutral. Urgency follows section 3
literally: "hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call
request stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not
count, a request for a quote, a proposal, a call, a demo or a visit is HIGH, a deadline today / tomorrow / this week
is CRITICAL, a quarter or "this year" horizon is MEDIUM and "next year" is LOW, and an absent jobPosition is UNKNOWN
seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are ca001, ca002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout95.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_redutoresbr  # noqa: E402
import rows_acuiculturaec  # noqa: E402
import rows_validacionpr  # noqa: E402
import rows_visaoartificialpt  # noqa: E402

_rows = SellerRows(HERE, "ca")
rows_redutoresbr.add(_rows)
rows_acuiculturaec.add(_rows)
rows_validacionpr.add(_rows)
rows_visaoartificialpt.add(_rows)
_rows.write("holdout95")
