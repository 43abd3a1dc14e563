#!/usr/bin/env python3
"""Writes holdout96.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(inmunizamx, perigososbr, swppptx, psicometriabo; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

inmunizamx is a Mexican workplace-vaccination company (in-plant flu, Td, hepatitis A/B and pneumococcal campaigns in
every shift, vaccination plans by job risk, pre- and post-vaccination serology with a partner clinical laboratory,
digital coverage records for audits) for factories, maquiladoras, distribution centres, food plants, call centres,
private hospitals and corporate offices in Mexico, 50 employees or more; leads in Mexican Spanish, a few in English.
perigososbr is a hazardous-goods road carrier in Rio Grande do Sul (bulk and packaged dangerous goods with MOPP drivers,
Mercosur routes to Uruguay, Argentina and Paraguay, a licensed chemical warehouse with cross-docking, transport
compliance and emergency response) for chemical, petrochemical, paint, agrochemical, tannery and chemical-distribution
companies in southern Brazil and their Mercosur partners, 30 employees or more; leads in Brazilian Portuguese and a few
in Rioplatense / Paraguayan / Chilean Spanish. swppptx is a bilingual stormwater-compliance company in San Antonio,
Texas (SWPPP plans and TCEQ NOI/NOT, weekly inspections, installation of erosion and sediment controls, Spanish
training for crews) for Hispanic-owned contractors and homebuilders and Latin American developers building in Texas,
20 employees or more; leads half in English and half in Spanish. psicometriabo is a Bolivian people-assessment company
(psychometric testing for hiring, assessment centres, 360° reviews, mass testing of seasonal and operative hires) for
agroindustry, sugar mills, banks and microfinance, retail, manufacturing, construction and call centres in Bolivia, 40
employees or more; leads in Bolivian Spanish, a few in Portuguese from Brazilian-owned firms.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout96`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at most (next year is
LOW), and an absent or unlisted jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cb001, cb002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout96.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_inmunizamx  # noqa: E402
import rows_perigososbr  # noqa: E402
import rows_swppptx  # noqa: E402
import rows_psicometriabo  # noqa: E402

_rows = SellerRows(HERE, "cb")
rows_inmunizamx.add(_rows)
rows_perigososbr.add(_rows)
rows_swppptx.add(_rows)
rows_psicometriabo.add(_rows)
_rows.write("holdout96")
