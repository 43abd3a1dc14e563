#!/usr/bin/env python3
"""Writes holdout101.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(antiderramesco, motosierracl, silobolsaar, origenus; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

antiderramesco is a Medellín supplier of spill-control materials (industrial absorbents in hydrocarbon, chemical and
universal grades, vehicle and fixed spill kits, secondary containment such as spill pallets, berms and drain covers, and
a kit-replenishment and used-absorbent collection programme) for trucking and tanker fleets, oil & gas, service
stations, chemical, plastics and manufacturing plants, mining, energy and logistics companies in Colombia and Panama,
50 employees or more; leads in Colombian Spanish, a few in English. motosierracl is a Valdivia training body (OTEC)
that trains, retrains and certifies chainsaw and forestry-machine operators in the field (ChileValora competency
certification, harvester/forwarder/skidder simulator training) and runs SENCE-funded training programmes for forestry
contractors, harvesting and silviculture firms, sawmills, pulp mills and electricity distributors in southern Chile,
40 workers or more; leads in Chilean Spanish, a few in English. silobolsaar is a Córdoba rural-security company
(silo-bag monitoring with sensors and cameras, solar thermal-camera towers monitored 24/7, truck and visitor access
control tied to the weighbridge, mobile rural patrols with alarm response) for grain elevators, agricultural
cooperatives, farming companies, feedlots, mills, oilseed crushers and seed companies in Argentina and Uruguay, 30
employees or more; leads in Rioplatense Spanish, a few in Brazilian Portuguese. origenus is a San Diego trade-compliance
firm (USMCA / T-MEC and CAFTA-DR rules-of-origin determinations, certification and supplier-declaration programmes,
CBP / SAT origin-verification defence, automotive and apparel origin work) for maquiladoras, auto-parts, electronics,
apparel, medical-device and agro-food exporters in Mexico and Central America, 100 employees or more; leads in English
and Mexican Spanish, about half each.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout101`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, and an absent jobPosition is UNKNOWN seniority (not a
decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cg001, cg002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout101.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_antiderramesco  # noqa: E402
import rows_motosierracl  # noqa: E402
import rows_silobolsaar  # noqa: E402
import rows_origenus  # noqa: E402

_rows = SellerRows(HERE, "cg")
rows_antiderramesco.add(_rows)
rows_motosierracl.add(_rows)
rows_silobolsaar.add(_rows)
rows_origenus.add(_rows)
_rows.write("holdout101")
