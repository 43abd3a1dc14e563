#!/usr/bin/env python3
"""Writes holdout103.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(geoquimicape, confeccaobr, sanitizacionuy, certsoldapt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

geoquimicape is a geochemical and mineral-assay laboratory in Lima (sample preparation, fire assay and ICP,
process-control assays for concentrators and leach plants, on-site labs and QA/QC) for operating mines, exploration
companies, processing plants and geological consultancies in Peru and Ecuador, 30 workers or more; leads in Peruvian
Spanish, a few in English. confeccaobr is a vertical SaaS from Americana, São Paulo, for apparel manufacturers (ficha
técnica and collection development, PCP, control of outsourced sewing workshops, shop-floor tracking with tablets) for
confecções in Brazil, 50 employees or more; leads in Brazilian Portuguese, a few in English. sanitizacionuy is a
Montevideo sanitation company for food plants (night sanitation crews, deep cleaning of equipment, cold rooms and
drains, ATP and swab verification, Listeria control) for frigoríficos, meat, dairy and poultry plants in Uruguay, 50
workers or more; leads in Rioplatense Spanish, a few in Portuguese from Brazilian-owned plants. certsoldapt is a
consultancy in Maia, Portugal, for welding and structural-steel certification (EN 1090 factory production control
and CE marking, ISO 3834, welder and procedure qualification, external welding coordination and export data books)
for metalworking, steel-structure and boiler-making companies in Portugal, Angola and Mozambique, 20 workers or more;
leads in European Portuguese (some from Angola and Mozambique), a few in English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout103`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at most (next year
is LOW), and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are ci001, ci002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout103.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_geoquimicape  # noqa: E402
import rows_confeccaobr  # noqa: E402
import rows_sanitizacionuy  # noqa: E402
import rows_certsoldapt  # noqa: E402

_rows = SellerRows(HERE, "ci")
rows_geoquimicape.add(_rows)
rows_confeccaobr.add(_rows)
rows_sanitizacionuy.add(_rows)
rows_certsoldapt.add(_rows)
_rows.write("holdout103")
