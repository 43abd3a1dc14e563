#!/usr/bin/env python3
"""Writes holdout99.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(fatorpotenciabr, controlimmexmx, analisisaceitepe, demolicionpa; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

fatorpotenciabr is a power-quality and reactive-energy company from Recife, north-eastern Brazil (power-quality
measurement and reports, capacitor banks and harmonic filters, maintenance of capacitor banks with a 24 h on-call,
energy monitoring with a monthly utility-bill check) for factories, meat packers, food and drink plants, textile
mills, shopping centres, hospitals, hotels and supermarket chains of the north-east, 50 employees or more; leads in
Brazilian Portuguese, a few in English. controlimmexmx is a SaaS from Ciudad Juárez for IMMEX companies of northern
Mexico (cloud Anexo 24 inventory control of temporary imports, IVA/IEPS certification module, reconciliation
against the SAT Data Stage and the customs broker's files, ERP integration) for maquiladoras and automotive,
electronics, medical-device and aerospace plants, 100 employees or more; leads in Mexican Spanish, a few in English.
analisisaceitepe is an oil-analysis laboratory in Arequipa for the southern Peruvian and Bolivian mining regions
(used-oil analysis for heavy equipment, sampling programmes with kits and technicians on site, coolant / grease /
diesel / transformer-oil analysis, trend platform and lubrication training) for mines, mining and earth-moving
contractors, cement plants, generators and heavy-haulage companies in Peru and Bolivia, 30 workers or more; leads in
Peruvian and Bolivian Spanish, a few in English and Brazilian Portuguese. demolicionpa is a Panamanian demolition
contractor (selective demolition and interior strip-out in occupied buildings, structural demolition, diamond
concrete cutting and core drilling, debris sorting and certified disposal) for contractors, developers, property
managers, hotels, shopping centres, retailers and industries in Panama and Costa Rica, 40 employees or more; leads
in Panamanian and Costa Rican Spanish and in English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout99`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or "this year" horizon is MEDIUM at most and
"next year" is LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are ce001, ce002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout99.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_fatorpotenciabr  # noqa: E402
import rows_controlimmexmx  # noqa: E402
import rows_analisisaceitepe  # noqa: E402
import rows_demolicionpa  # noqa: E402

_rows = SellerRows(HERE, "ce")
rows_fatorpotenciabr.add(_rows)
rows_controlimmexmx.add(_rows)
rows_analisisaceitepe.add(_rows)
rows_demolicionpa.add(_rows)
_rows.write("holdout99")
