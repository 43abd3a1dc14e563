#!/usr/bin/env python3
"""Writes holdout82.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(firmaelectronicaco, pruebaspilotesbr, inventariofisicope, sealcoatingga; profiles in ./profiles, rows in
./rows_<id>.py).

firmaelectronicaco is a Colombian electronic-signature and digital-certificate SaaS (qualified certificates, biometric
e-signature flows, mass signing of electronic payroll and invoices, notarised digital contracts) for banks, insurers,
fintechs, HR departments of large employers and public entities in Colombia and Ecuador, 100+ employees;
pruebaspilotesbr is a Brazilian foundation-testing firm (PIT, PDA, static load tests, crosshole, geotechnical
instrumentation) for builders, foundation contractors, engineering offices and infrastructure concessionaires in
Brazil, 40+ employees; inventariofisicope is a Peruvian physical-inventory and asset-tagging service (store counts,
warehouse cycle counts, fixed-asset tagging and reconciliation, audit-support counts) for retail and pharmacy chains,
distributors, mining companies and banks in Peru and Bolivia, 80+ employees; sealcoatingga is a Georgia parking-lot
maintenance contractor (sealcoating, crack filling, patching, line striping, ADA signage) for property managers, HOAs,
retail and office centres, churches, schools and logistics yards in Georgia, the Carolinas and Tennessee, 30+ employees.

Each seller has the same 42-row mix: 15 buyers (every urgency level, several seniorities, influencers' bosses, some
with no jobPosition or no companySize), 3 influencers, 2 far-horizon leads, 1 with no timeline, 1 past incident,
1 unrelated urgency, 1 negated urgency, 2 needs told in plain words, 1 small business, 1 off-target, 1 off-country,
1 job seeker, 2 vendors, 1 partner, 1 competitor, 1 private person, 1 student, 1 spam/test, 2 content-free, 1 prompt
injection, 1 disposable email and 1 invalid email.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no other set
was read: every person, company, domain, phone and sentence is invented. Every lead is split `holdout82`: a measuring
set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the `why` says so (a title
matching no section-1 pattern, such as 'Senior Pastor' or 'Treasurer', is UNKNOWN; a quote request is HIGH even after
'not urgent'; a fit-B lead from outside targetCountries follows the same stage rules as any fit-B lead).

Fit-grade convention used in the `why` strings: four factors (industry against targetAudience / targetIndustries, size
against the profile's minimum, need against mainServices, country against targetCountries). A: all four good; B: one
weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally: 'hoy/today'
meaning 'nowadays' is no deadline, a negated urgency is never CRITICAL, an incident in the past is not an incident now,
urgency about an unrelated matter does not count, and a request for a quote, a proposal, a demo, a call or a visit is
HIGH. An SQL needs a decision maker; an absent jobPosition is UNKNOWN seniority, so never an SQL.

L() and write() come from holdout_rows.SellerRows. Ids are bn001, bn002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 build-holdout82.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_firmaelectronicaco, rows_pruebaspilotesbr, rows_inventariofisicope, rows_sealcoatingga  # noqa: E402

_rows = SellerRows(HERE, "bn")
for _module in (rows_firmaelectronicaco, rows_pruebaspilotesbr, rows_inventariofisicope, rows_sealcoatingga):
    _module.add(_rows)
_rows.write("holdout82")
