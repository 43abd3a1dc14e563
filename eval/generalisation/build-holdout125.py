#!/usr/bin/env python3
"""Writes holdout125.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(transmissoresbr, deshumidificauy, equipogymmx, maquinariamaderaes; profiles in ./profiles), 42 leads each, written
by rows_<id>.py.

transmissoresbr is a broadcast-engineering company in Vitória (ES), Brazil (preventive and corrective maintenance of
FM/AM and digital-TV transmitters, antenna systems and transmission lines, studio-transmitter and microwave/IP links,
24 h on-call service with loan transmitters, field/coverage measurements and Anatel reports) for radio stations, TV
stations and media groups in Brazil, 20 employees or more; leads in Brazilian Portuguese, a few in Spanish.
deshumidificauy is a Montevideo company that controls humidity, frost and ice in cold stores (diagnosis, desiccant
dehumidifiers for ante-rooms, docks, tunnels and chilled packing rooms, dry-air barriers for fast doors, maintenance
contracts and rental units) for cold-storage warehouses, cold-chain operators, meat and fish plants, fruit packers
and frozen-food distributors in Uruguay, 30 employees or more; leads in Uruguayan Spanish, a few in Portuguese.
equipogymmx is a León (Guanajuato) technical service for gym equipment (cardio preventive maintenance, repairs and
spare parts, strength-equipment cables and safety inspection, annual contracts per branch, installation and
relocation) for gym chains, sports and social clubs, cycling studios and university sports centres in Mexico, 40
employees or more; leads in Mexican Spanish, a few in English. maquinariamaderaes is a Paterna (Valencia) technical
service for woodworking machinery (maintenance of panel saws, edgebanders, sanders, presses and moulders, CNC
machining-centre service and electrospindles, machinery relocation, spare parts, retrofit and 24 h emergencies) for
furniture, kitchen and door factories and industrial joineries in Spain, 25 employees or more; leads in Castilian
Spanish, a few in English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout125`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at most ("next year"
is LOW), and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are de001, de002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout125.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_transmissoresbr  # noqa: E402
import rows_deshumidificauy  # noqa: E402
import rows_equipogymmx  # noqa: E402
import rows_maquinariamaderaes  # noqa: E402

_rows = SellerRows(HERE, "de")
rows_transmissoresbr.add(_rows)
rows_deshumidificauy.add(_rows)
rows_equipogymmx.add(_rows)
rows_maquinariamaderaes.add(_rows)
_rows.write("holdout125")
