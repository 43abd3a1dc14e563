#!/usr/bin/env python3
"""Writes holdout113.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(ensaiomoveisbr, escanerespy, sacospe, exportcontrolus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

ensaiomoveisbr is a furniture and mattress testing laboratory in Arapongas, in the interior of Paraná, Brazil (ABNT, EN
and BIFMA tests of chairs, tables, cabinets and upholstery; Inmetro tests of mattresses and foams; tests of wood panels,
finishes, hardware and fabrics; failure analysis and product-development support) for furniture, mattress, foam and
panel makers and furniture retail chains with a private label in Brazil, 30 employees or more; leads in Brazilian
Portuguese, a few in English. escanerespy is a security-screening and access-control company in Ciudad del Este,
Paraguay (sale and rental of X-ray scanners for parcels, baggage and pallets with ARRN licensing, walk-through and
hand-held metal detectors, operator training, maintenance and radiation surveys) for shopping centres, couriers,
bonded warehouses and the free zone, banks, maquilas, ports and logistics centres in Paraguay, 30 employees or more;
leads in Paraguayan Spanish, a few in Brazilian Portuguese. sacospe is a woven-polypropylene sack maker in Chiclayo,
Peru, with a design and technical service (printed, laminated and lined sacks and big bags; artwork and regulatory
labelling; specification advice and tests; scheduled supply) for rice mills, sugar companies, feed and flour mills,
fertiliser distributors and agro-exporters of northern Peru, 25 workers or more; leads in Peruvian Spanish, a few in
English. exportcontrolus is an export-controls consultancy in Seattle, USA (EAR/ITAR jurisdiction and ECCN
classification, export licences and deemed exports, restricted-party screening, export compliance programs, mock
audits and voluntary self-disclosures) for aerospace, defense, electronics, semiconductor, software, instrument, marine
and industrial-equipment exporters in the US, 40 employees or more; leads in English, a few in Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout113`: a
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

L() and write() come from holdout_rows.SellerRows. Ids are cs001, cs002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout113.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_ensaiomoveisbr  # noqa: E402
import rows_escanerespy  # noqa: E402
import rows_sacospe  # noqa: E402
import rows_exportcontrolus  # noqa: E402

_rows = SellerRows(HERE, "cs")
rows_ensaiomoveisbr.add(_rows)
rows_escanerespy.add(_rows)
rows_sacospe.add(_rows)
rows_exportcontrolus.add(_rows)
_rows.write("holdout113")
