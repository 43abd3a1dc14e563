#!/usr/bin/env python3
"""Writes holdout73.jsonl: a fresh generalisation holdout of 168 leads (42 per seller) for four sellers not used before
(tanquesacerope, visamigratoriamx, higienizacaodutosbr, courtreportingtx; profiles in ./profiles).

tanquesacerope is a Peruvian fabricator of API 650 welded steel storage tanks that also inspects and repairs tanks in
service (API 653, MFL floor scanning, blasting and coating) for mining, fuel terminals, fishmeal plants, agro-industry
and water utilities in Peru, Chile and Bolivia; its leads are Spanish, with English from foreign mining companies.
visamigratoriamx is a Mexican corporate immigration firm (work visas, residence cards and INM procedures filed by the
employer, employer registration, relocation, compliance audits) for manufacturers, maquiladoras, multinationals and
universities hiring foreigners in Mexico; its leads are Spanish and English, with a few in Portuguese. higienizacaodutosbr
is a Brazilian HVAC duct cleaning and indoor-air-quality company (robot duct cleaning, PMOC, ANVISA RE 09 laboratory
analysis, coil and fan-coil sanitization) for hospitals, shopping centres, offices, hotels and industries; its leads are
mostly Portuguese. courtreportingtx is a Texas court-reporting and litigation-support company (CSRs, realtime,
videography, remote depositions, Spanish interpreters) for law firms, insurance carriers and corporate legal departments;
its leads are mostly English, with some US-Hispanic Spanish.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other holdout was
read, and every name, company, address and sentence was invented for this set. Every lead is split `holdout73`: a
measuring set, not a tuning set. Each seller has the same mix of kinds: 15 buyers (critical, high, medium and low
urgency, some without a job title), 3 influencers, 2 horizons, and one or two of each trap (no timeline, past incident,
unrelated urgency, negated urgency, unusual words, small business, off target, off country, job seeker, vendors,
partner, competitor, private person, student, spam, content-free, injection, disposable and invalid email).

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: no weak factor; B: one weak; C: two weak; D: three weak, or
not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person). A field that
is simply absent is neutral. Sizes between 50 and a profile minimum of 100 were avoided, so section 2's "≥ 50" and the
profile's minimum never disagree. Seniority follows section 1 with the profile's buyerAreas (a MANAGER in one of them is
a decision maker; an Engineer / Técnico / Specialist in the same area is TECHNICAL and stays an INFLUENCER). Urgency
follows section 3 literally: "hoy en día / hoje" meaning nowadays is no deadline, a negated urgency is never CRITICAL, an
incident in the past is not an incident now, urgency about an unrelated matter does not count, and a request for a quote,
a price, a proposal, a call, a demo or a visit is HIGH. A content-free lead keeps a valid email and otherwise complete
fields, so it reaches rule 2 (REVIEW) rather than rule 1's POOR data quality.

L() and write() come from holdout_rows.SellerRows. Ids are be001, be002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout73.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_tanquesacerope, rows_visamigratoriamx, rows_higienizacaodutosbr, rows_courtreportingtx  # noqa: E402

_rows = SellerRows(HERE, "be")
for _module in (rows_tanquesacerope, rows_visamigratoriamx, rows_higienizacaodutosbr, rows_courtreportingtx):
    _module.add(_rows)
_rows.write("holdout73")
