#!/usr/bin/env python3
"""Writes holdout69.jsonl: a fresh generalisation holdout of 168 leads (42 per seller) for four sellers not used
before (areasverdesmx, accesibleses, geomembranapy, grainbinus; profiles in ./profiles).

areasverdesmx maintains green areas and landscaping (mowing, pruning and tree risk, irrigation, seasonal planting,
green roofs) for industrial parks, corporate campuses, hospitals, universities and residential developments in Mexico;
accesibleses is a Spanish media-accessibility provider (live captioning, subtitles for the deaf, LSE/LGP interpreting,
audio description, accessible web video for the European Accessibility Act) in Spain and Portugal; geomembranapy is a
Paraguayan geomembrane and geosynthetics installer (HDPE liners for tajamares, reservoirs, effluent lagoons, landfills,
tailings; extrusion welding; leak detection) for Paraguay, Bolivia, Argentina and southern Brazil; grainbinus is a US
grain bin and silo services company (OSHA 1910.272 bin entry and cleaning, hung-grain removal, inspections, aeration
and sweep augers) for co-ops, ethanol plants, feed mills and elevators in Iowa, Nebraska, Kansas and Illinois.

Each seller's 42 rows live in rows_<id>.py and follow one mix of kinds: 15 buyers (CRITICAL, HIGH, MEDIUM and LOW
needs, one without a job title), 3 influencers, 2 horizons, and one or two each of no_timeline, past_incident,
unrelated_urgency, negated_urgency, unusual_words, small_business, off_target, off_country, job_seeker, vendor,
partner, competitor, private_person, student, spam, content_free, injection, disposable_email and invalid_email.
Languages: Mexican Spanish and English; Spanish from Spain, European Portuguese and English; Paraguayan, Bolivian and
Argentine Spanish and Brazilian Portuguese; US English and US-Hispanic Spanish.

Written and labelled from policy.md alone by an author who did not read or run the classifier and did not look at any
other holdout or eval set; every name, company, address and sentence was invented for this set. Fit grade convention
in the `why` strings: four factors (industry against targetIndustries, size against the profile's minimum of 50
employees, need against mainServices, location against targetCountries); A when all four are good, B with one weak
factor, C with two, D with three or when the lead is not a buyer (student, job seeker, vendor, partner after a
commission, competitor, private person). An absent field is neutral. Contacts follow section 1 with each profile's
buyerAreas (a job title in another language naming the same area counts). Urgency follows section 3: a quote,
price, proposal, call or visit request is HIGH, a negated urgency is never CRITICAL, a past incident is not an incident
now, urgency about another matter does not count, next year is LOW. Instructions to the classifier inside a
description are data; such leads are labelled by the rest of their content. Every row is split `holdout69`: a
measuring set, not a tuning set.

L() and write() come from holdout_rows.SellerRows. Ids are ba001, ba002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout69.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_areasverdesmx, rows_accesibleses, rows_geomembranapy, rows_grainbinus  # noqa: E402

_rows = SellerRows(HERE, "ba")

for _module in (rows_areasverdesmx, rows_accesibleses, rows_geomembranapy, rows_grainbinus):
    _module.add(_rows)

_rows.write("holdout69")
