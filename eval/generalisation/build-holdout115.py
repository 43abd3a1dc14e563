#!/usr/bin/env python3
"""Writes holdout115.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(ovoliquidobr, servidumbresar, limpiezanavalec, carhaulfl; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

ovoliquidobr is a Brazilian egg-products plant in Pará de Minas, Minas Gerais (pasteurised liquid whole egg, yolk
and white, egg powder, peeled boiled eggs) for food manufacturers, industrial bakeries and confectioners, contract
caterers, hotel chains and hospitals in Brazil and Paraguay, 30 employees or more; leads in Brazilian Portuguese and a
few in Paraguayan Spanish. servidumbresar is a law firm in Neuquén, Argentina, for land access of energy and mining
projects (negotiation of surface easements with landowners and crianceros, title studies, damage claims and access
blockades, administration of easement portfolios) for oil and gas operators, pipeline companies, power transmission,
wind and solar parks and lithium / mining projects in Argentina, 50 employees or more; leads in Rioplatense Spanish
and a few in English. limpiezanavalec is a ship-hold cleaning company in Manta and Guayaquil, Ecuador (cargo holds of
bulk carriers and general-cargo ships, fish holds and brine wells of tuna seiners, hatch covers, bilges and engine
rooms, certified confined-space crews) for tuna and fishing fleets, shipping lines and agencies, port terminals, bulk
exporters and fish processors in Ecuador, 20 employees or more; leads in Ecuadorian Spanish and a few in English.
carhaulfl is a Tampa, Florida car-hauling carrier (dealer trades on 9-car carriers, rental-fleet infleet / defleet,
auction and Ro-Ro port runs, enclosed transport of high-end inventory) for dealerships, rental companies, fleet and
leasing companies, auctions, exporters and remarketers in the US Southeast, 25 employees or more; leads in English
and some in Spanish and Brazilian Portuguese.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout115`: a
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

L() and write() come from holdout_rows.SellerRows. Ids are cu001, cu002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout115.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_ovoliquidobr  # noqa: E402
import rows_servidumbresar  # noqa: E402
import rows_limpiezanavalec  # noqa: E402
import rows_carhaulfl  # noqa: E402

_rows = SellerRows(HERE, "cu")
rows_ovoliquidobr.add(_rows)
rows_servidumbresar.add(_rows)
rows_limpiezanavalec.add(_rows)
rows_carhaulfl.add(_rows)
_rows.write("holdout115")
