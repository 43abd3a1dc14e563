#!/usr/bin/env python3
"""Writes holdout110.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(barragensbr, carritosco, quimicalavanderiahn, formacaoleanpt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

barragensbr is a dam-safety engineering firm in Cuiabá, Mato Grosso (regular and special safety inspections with
RISR, Plano de Segurança da Barragem and Plano de Ação de Emergência, piezometer and settlement instrumentation with
online readings, dam-break studies and support in inspections and fines) for owners of dams (small hydro plants,
sugar-ethanol mills, mining companies, farm groups with irrigation reservoirs, sanitation utilities) in Brazil and
Paraguay, 20 employees or more; leads in Brazilian Portuguese and a few in Paraguayan Spanish. carritosco is a
Barranquilla service company for retailers' shopping-trolley fleets (in-store preventive and corrective trolley
maintenance, workshop repair and repainting, trolley collection in parking lots, sale and rental of trolleys, hand
baskets and platform carts with anti-theft wheel locks) for supermarket and hypermarket chains, discount stores, home
centers, large drugstores, malls and wholesalers in Colombia, 50 employees or more; leads in Colombian Spanish and a
few in English. quimicalavanderiahn is a San Pedro Sula supplier of laundry chemicals with a service (detergents,
destainers, bleaches, softeners; dosing pumps on loan; technical visits with wash formulas and cost-per-kilo reports;
denim-wash chemicals and process advice) for hotels, hospitals and clinics, industrial laundries and denim laundries
in Honduras, El Salvador and Guatemala, 30 employees or more; leads in Central American Spanish and a few in English.
formacaoleanpt is a DGERT-certified training provider in Braga (in-company Lean / Six Sigma belts, TWI for team
leaders, shop-floor training-in-action in kaizen, 5S, SMED and standard work, internal improvement academies) for
industrial companies and shared-service centres in Portugal and Galicia, 40 employees or more; leads in European
Portuguese and a few in Spanish and English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout110`: a
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

L() and write() come from holdout_rows.SellerRows. Ids are cp001, cp002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout110.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_barragensbr  # noqa: E402
import rows_carritosco  # noqa: E402
import rows_quimicalavanderiahn  # noqa: E402
import rows_formacaoleanpt  # noqa: E402

_rows = SellerRows(HERE, "cp")
rows_barragensbr.add(_rows)
rows_carritosco.add(_rows)
rows_quimicalavanderiahn.add(_rows)
rows_formacaoleanpt.add(_rows)
_rows.write("holdout110")
