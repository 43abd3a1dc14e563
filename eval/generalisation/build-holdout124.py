#!/usr/bin/env python3
"""Writes holdout124.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(apanhabr, limspe, turnosrd, audiovisualus; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

apanhabr is a Brazilian poultry-catching company from Blumenau (SC) (outsourced catching and loading crews for broilers,
spent hens and breeders, pullet transfer, animal-welfare management of the catch, catch scheduling synchronised with the
slaughter plan, priced per bird loaded) for poultry integrators, agro-industrial cooperatives, poultry slaughterhouses,
breeder farms and egg producers in Brazil, 50 employees or more; leads in Brazilian Portuguese, a few in English.
limspe is a Peruvian laboratory-software company from Arequipa (implementation and support of a LIMS: sample reception
and barcoding, chain of custody, signed test reports, instrument integration, ISO/IEC 17025 / INACAL configuration,
migration from Excel, help desk and hosting) for mining assay, environmental, food and agro-export labs, clinical labs and
research centres in Peru and Bolivia, 20 employees or more; leads in Peruvian (and some Bolivian) Spanish, a few in
English. turnosrd is a Dominican queue-management company from Santo Domingo (ticket kiosks, turns by phone, call
displays, appointment booking with SMS and QR check-in, wait-time analytics and regulator reports, installation,
core-banking integration and maintenance per branch) for banks, savings and loan associations, credit unions, insurers
and insurance brokers in the Dominican Republic and Puerto Rico, 50 employees or more; leads in Caribbean Spanish, a
few in English. audiovisualus is a Philadelphia event-AV company (in-house AV partnerships for venues, general-session
and breakout production, hybrid and streamed events, permanent room technology and maintenance) for convention centers,
conference hotels, event venues, performing arts centers and expo halls in the US Northeast and Mid-Atlantic, 30
employees or more; leads in English, a few in Spanish and Brazilian Portuguese.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout124`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at most (next year is
LOW), and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are dd001, dd002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout124.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_apanhabr  # noqa: E402
import rows_limspe  # noqa: E402
import rows_turnosrd  # noqa: E402
import rows_audiovisualus  # noqa: E402

_rows = SellerRows(HERE, "dd")
rows_apanhabr.add(_rows)
rows_limspe.add(_rows)
rows_turnosrd.add(_rows)
rows_audiovisualus.add(_rows)
_rows.write("holdout124")
