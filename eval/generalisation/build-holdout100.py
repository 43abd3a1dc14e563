#!/usr/bin/env python3
"""Writes holdout100.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(radiadoresbr, wifinavesmx, nauticaes, biocontrolec; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

radiadoresbr is a Minas Gerais radiator and heat-exchanger shop (recovery and retubing of heavy-equipment radiators,
oil coolers and intercoolers, custom cores for out-of-line machines and gensets, a preventive cooling programme with
exchange radiators) for mining companies, earthmoving and heavy construction, steel and cement plants, equipment
rental, freight carriers and generator operators in Brazil, 50 employees or more; leads in Brazilian Portuguese and a
few in English. wifinavesmx is a Bajío industrial wireless integrator (RF site surveys, industrial Wi-Fi, private
LTE and point-to-point links inside industrial parks, a managed NOC 24/7) for automotive, auto-parts, aerospace,
appliance, plastics and food plants, distribution centres and logistics operators in Mexico, 100 employees or more;
leads in Mexican Spanish and a few in English. nauticaes is a Canary Islands corporate events company at sea
(company regattas and sailing team building, incentive trips with catamaran outings, launches and gala dinners on
board, full event coordination) for pharma, insurance, banking, technology, consulting, automotive and energy
companies in Spain, Portugal and the United Kingdom, 30 employees or more; leads in Castilian Spanish, a few in
English and European Portuguese. biocontrolec is an Ecuadorian biological pest-control company (predatory-mite
rearing and release, pest scouting by block, IPM programmes for residue limits and certification audits, biological
inputs and training) for flower farms, greenhouse vegetable and berry growers and agro-exporters in Ecuador, Colombia
and Peru, 40 workers or more; leads in Andean Spanish and a few in English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout100`: a
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

L() and write() come from holdout_rows.SellerRows. Ids are cf001, cf002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout100.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_radiadoresbr  # noqa: E402
import rows_wifinavesmx  # noqa: E402
import rows_nauticaes  # noqa: E402
import rows_biocontrolec  # noqa: E402

_rows = SellerRows(HERE, "cf")
rows_radiadoresbr.add(_rows)
rows_wifinavesmx.add(_rows)
rows_nauticaes.add(_rows)
rows_biocontrolec.add(_rows)
_rows.write("holdout100")
