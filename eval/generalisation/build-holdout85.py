#!/usr/bin/env python3
"""Writes holdout85.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(legalizacionsanitariaec, biodigestoresco, lavadotanquesbr, fugasaguamx; profiles in ./profiles, rows in
./rows_<id>.py).

legalizacionsanitariaec is an Ecuadorian regulatory-affairs consultancy (ARCSA sanitary registrations and
notifications for processed foods, cosmetics, cleaning products and medical devices; label review; BPM/GMP audit
preparation; import permits) for food makers, cosmetics makers, importers and distributors in Ecuador and Peru, 30
employees or more. biodigestoresco is a Colombian biogas company (anaerobic digesters, biogas-to-power gensets,
digestate handling, O&M contracts) for pig, dairy and poultry farms, slaughterhouses and food plants in Colombia, 40
employees or more. lavadotanquesbr is a Brazilian industrial tank-cleaning company (fuel and oil tanks with sludge
removal, chemical and food-grade tanks, NR-33 confined-space teams, MTR and licensed disposal) for fuel distributors,
station networks, chemical plants, food and beverage plants and ports in Brazil, 50 employees or more. fugasaguamx is a
Mexican water-loss company (acoustic leak detection and correlators, sectorisation and pressure management, water
audits of large buildings, meter testing) for municipal water utilities, industrial parks, hotels, hospitals and large
buildings in Mexico, 100 employees or more.

Each seller has 42 rows of these kinds: buyer 15, influencer 3, horizon 2, no_timeline 1, past_incident 1,
unrelated_urgency 1, negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1,
vendor 2, partner 1, competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1,
disposable_email 1, invalid_email 1. Languages: Ecuadorian, Peruvian, Colombian and Mexican Spanish (plus a Chilean,
a Uruguayan and a Guatemalan lead), Brazilian Portuguese, US English.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). No classifier code was read or run, no other evaluation set was read, and
every person, company, domain and phone number is invented (public bodies and regulators are named only as context).
Every lead is split `holdout85`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good;
B: one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a
commission, competitor, private person). A field that is simply absent is neutral. Seniority follows section 1
literally (C_LEVEL patterns first; an absent jobPosition is UNKNOWN and never a decision maker; a MANAGER is a
decision maker only in purchasing, technology or the profile's buyerAreas; TECHNICAL and USER never are). Urgency
follows section 3 literally: "hoy/hoje" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (but a
quote request stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does
not count, and a request for a quote, a proposal, a call or a visit is HIGH. An instruction inside a description is
data and changes nothing.

L() and write() come from holdout_rows.SellerRows. Ids are bq001, bq002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout85.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_legalizacionsanitariaec, rows_biodigestoresco, rows_lavadotanquesbr, rows_fugasaguamx  # noqa: E402

_rows = SellerRows(HERE, "bq")
rows_legalizacionsanitariaec.add(_rows)
rows_biodigestoresco.add(_rows)
rows_lavadotanquesbr.add(_rows)
rows_fugasaguamx.add(_rows)
_rows.write("holdout85")
