#!/usr/bin/env python3
"""Writes holdout108.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(classificagraosbr, climalaboralmx, aireinteriorpr, licenciasuy; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

classificagraosbr is a grain classification and supervision company from Passo Fundo (RS) and Chapecó (SC)
(MAPA-accredited classifiers at the receiving point during harvest, shipment supervision and sampling, stock
supervision and audits in warehouses for depositors, banks, CPR and warrant, quality control and training for
receiving) for cerealistas, cooperatives, general warehouses, tradings, wheat mills, rice mills and soybean crushers
in Brazil and Uruguay, 30 employees or more; leads in Brazilian Portuguese, a few in Spanish and English.
climalaboralmx is an HR consultancy from Querétaro (climate and engagement surveys for shift workers, NOM-035
psychosocial-risk evaluations, turnover analysis with exit interviews, action-plan workshops with supervisors) for
manufacturing plants, maquiladoras and distribution centres in the Bajío, Puebla and San Luis Potosí, 80 employees or
more; leads in Mexican Spanish, a few in English. aireinteriorpr is a building service from Guaynabo, Puerto Rico
(indoor-air-quality assessments, mould inspection and remediation with clearance testing, moisture control and
structural drying after leaks and storms, continuous monitoring programmes) for hotels, property managers and office
buildings, schools, shopping centres, retail chains, banks and plants in Puerto Rico and the Dominican Republic, 50
employees or more; leads in Caribbean Spanish and some English. licenciasuy is a software-asset-management IT service
from Montevideo (licence inventory and reconciliation, support in vendor audits, subscription and SaaS optimisation,
monthly licence management) for banks, insurers, retail, industry, laboratories, telecoms, agribusiness, professional
firms and public bodies in Uruguay and Paraguay, 60 employees or more; leads in Rioplatense and Paraguayan Spanish, a
few in Portuguese.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout108`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or "this year" horizon is MEDIUM and "next
year" is LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cn001, cn002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout108.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_classificagraosbr  # noqa: E402
import rows_climalaboralmx  # noqa: E402
import rows_aireinteriorpr  # noqa: E402
import rows_licenciasuy  # noqa: E402

_rows = SellerRows(HERE, "cn")
rows_classificagraosbr.add(_rows)
rows_climalaboralmx.add(_rows)
rows_aireinteriorpr.add(_rows)
rows_licenciasuy.add(_rows)
_rows.write("holdout108")
