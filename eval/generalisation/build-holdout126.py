#!/usr/bin/env python3
"""Writes holdout126.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(cadastroprodutosbr, etilenoco, detecciongasesar, patientliftus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

cadastroprodutosbr is a product-data company in Maringá, Brazil (ERP catalogue clean-up with NCM/CEST/EAN and units,
technical data sheets and attributes, product photography and copy, marketplace publishing and blocked-listing fixes)
for home centers, building-materials stores, hardware stores and electrical / plumbing / building-materials
distributors in Brazil and Paraguay, 30 employees or more; leads in Brazilian Portuguese, a few in Spanish.
etilenoco is an ethylene and atmosphere-control company in Santa Marta, Colombia (permanganate absorbers for reefer
containers and cold rooms, catalytic scrubbers and ozone for packhouses, ethylene/CO2/O2 monitoring and in-transit
loggers, modified and controlled atmosphere) for banana, Hass avocado and tropical-fruit exporters, packhouses and
export cooperatives in Colombia and Ecuador, 40 employees or more; leads in Colombian Spanish, a few in English.
detecciongasesar is an H2S-safety company in Neuquén, Argentina (H2S safety supervisors on location, rental and
calibration of fixed and portable gas detectors, breathing-air systems and air trailers, H2S contingency plans and
training) for oil and gas operators, drilling / workover / well-service contractors, gas plants and hydrocarbon
hauliers in Argentina, 50 employees or more; leads in Argentine Spanish, a few in English. patientliftus is a
safe-patient-handling company in Sacramento, USA (ceiling and floor lift installation, annual lift inspections and
repairs, sling management, SPH programs and CNA training) for skilled nursing, assisted living, memory care,
post-acute and rehabilitation providers and clinic networks in the United States, 40 employees or more; leads in
English, a few in Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout126`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call, a demo or a visit is HIGH, a quarter or "this year" horizon is MEDIUM, next
year is LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are df001, df002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout126.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_cadastroprodutosbr  # noqa: E402
import rows_etilenoco  # noqa: E402
import rows_detecciongasesar  # noqa: E402
import rows_patientliftus  # noqa: E402

_rows = SellerRows(HERE, "df")
rows_cadastroprodutosbr.add(_rows)
rows_etilenoco.add(_rows)
rows_detecciongasesar.add(_rows)
rows_patientliftus.add(_rows)
_rows.write("holdout126")
