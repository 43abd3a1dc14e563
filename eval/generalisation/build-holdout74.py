#!/usr/bin/env python3
"""Writes holdout74.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(upsco, pisosdeportivosuy, muellesflotantespa, fumehoodcertma; profiles in ./profiles, rows in ./rows_<id>.py).

upsco is a Colombian company that sells, installs and maintains UPS systems and battery banks (online double-conversion
UPS, battery replacement, preventive maintenance contracts, 24/7 emergency service, remote monitoring) for hospitals,
data rooms, banks, factories and telecom sites in Colombia and Ecuador; pisosdeportivosuy is a Uruguayan installer of
sports and safety flooring (synthetic turf, multi-sport courts, gym rubber flooring, athletics tracks, resurfacing) for
schools, clubs, municipalities, gym chains and universities in Uruguay, Argentina, Paraguay and southern Brazil;
muellesflotantespa is a Panamanian builder of floating docks and marine structures (HDPE and concrete docks, gangways,
pile driving, repair, marina maintenance) for marinas, resorts, ports, tour operators and coastal developments in
Panama, Costa Rica and the Dominican Republic; fumehoodcertma is a Massachusetts lab-ventilation certifier (ASHRAE 110
fume hood tests, NSF/ANSI 49 biosafety cabinets, cleanroom particle counts, airflow balancing, annual recertification)
for biotech, pharma, universities, hospitals and CROs in Massachusetts, Rhode Island and New Hampshire.

Every seller has the same mix of 22 kinds: 15 buyers (critical incidents now, quote / proposal / call / visit
requests, evaluations this quarter, information-only), 3 influencers, and one or two each of horizon, no_timeline,
past_incident, unrelated_urgency, negated_urgency, unusual_words, small_business, off_target, off_country,
job_seeker, vendor, partner, competitor, private_person, student, spam, content_free, injection, disposable_email
and invalid_email. Languages: Spanish (Colombian, Ecuadorian, Central American, Caribbean and rioplatense voseo),
Portuguese (southern Brazil, Brazilian lab staff in Massachusetts) and English.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from any other set; every person, company and address is invented. Every lead is split
`holdout74`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum of 50, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Decision makers follow section 1: C_LEVEL and DIRECTOR in any area, a
MANAGER in technology, purchasing or one of the profile's buyerAreas; a title outside the table (Tesorero, Profesora,
Entrenador) or no title is not a decision maker. Urgency follows section 3 literally: a negated urgency is never
CRITICAL (a quote asked next to it is still HIGH), an incident in the past is not an incident now, urgency about a
matter the seller does not serve does not count, a deadline today / tomorrow / this week is CRITICAL, and a request
for a quote, a proposal, a call or a visit is HIGH. Injected instructions are data: those leads are labelled by the
rest of their content. A disposable or invalid email disqualifies before anything else (rule 1).

L() and write() come from holdout_rows.SellerRows. Ids are bf001, bf002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout74.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_upsco, rows_pisosdeportivosuy, rows_muellesflotantespa, rows_fumehoodcertma  # noqa: E402

_rows = SellerRows(HERE, "bf")

rows_upsco.add(_rows)
rows_pisosdeportivosuy.add(_rows)
rows_muellesflotantespa.add(_rows)
rows_fumehoodcertma.add(_rows)

_rows.write("holdout74")
