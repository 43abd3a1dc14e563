#!/usr/bin/env python3
"""Writes holdout89.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(museografiamx, pruebashidrostaticasar, craneinspectionoh, efluentesindustriaispt; profiles in ./profiles, rows in
./rows_<id>.py).

museografiamx is a Mexican museography and exhibition-fitting company (exhibition design and fabrication,
climate-controlled showcases, museum lighting, interactive installations, travelling-exhibition assembly) for museums,
cultural foundations, universities, corporate visitor centres and state cultural institutes in Mexico (30+ employees);
leads in Mexican Spanish and a few in English from foreign museums sending touring exhibitions.
pruebashidrostaticasar is an Argentine cylinder-testing laboratory (hydrostatic testing and recertification of
industrial gas, CNG, fire-extinguisher and breathing-air cylinders, valve service, ENARGAS records) for gas
distributors, fire-equipment companies, CNG stations, hospitals and industries in Argentina (20+ employees); leads in
Rioplatense Spanish, a few in English and Portuguese.
craneinspectionoh is a US overhead-crane inspection and service company (OSHA 1910.179 periodic and frequent
inspections, load testing, hoist and runway repair, operator training) for manufacturers, steel service centers,
warehouses and power plants in Ohio, Indiana and Michigan (50+ employees); leads in US English, some in Spanish.
efluentesindustriaispt is a Portuguese industrial-wastewater company (ETAR design and upgrade, operation and
maintenance contracts, sludge management, discharge-licence monitoring) for wineries, cork, dairy, meat, textile and
paper industries in Portugal (40+ employees); leads in European Portuguese, a few in English and Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities including the bosses of some
influencers, some with no jobPosition or no companySize), influencer 3, horizon 2, no_timeline 1, past_incident 1,
unrelated_urgency 1, negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1,
vendor 2, partner 1, competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1,
disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no other
evaluation set was read. Every person, company, domain, phone number and sentence is invented. Every lead is split
`holdout89`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries / targetAudience,
size against the profile's minimum employee count, need against mainServices, country against targetCountries, read
from the lead's own location field). A: all four good; B: one weak; C: two weak; D: three or more weak. A field that
is simply absent is neutral. A student, job seeker, vendor or agency selling to the seller (including a partner who
wants a referral commission) and a competitor are section 6's non-buyers and are DISQUALIFIED whatever the grade; a
private person is graded by the factors (clearly outside industry, personal-use size, and here a need the seller does
not offer: D). Seniority follows section 1 literally: an absent jobPosition is UNKNOWN and never a decision maker; a
MANAGER is a BUSINESS_DECISION_MAKER only in purchasing or the profile's buyerAreas (TECH_DECISION_MAKER in
engineering/technology). Urgency follows section 3 literally: a request for a quote, a proposal, a call or a visit is
HIGH; "hoy/today" meaning "nowadays" is no deadline; a negated urgency is never CRITICAL (but a quote request in the
same lead is still HIGH); an incident in the past is not an incident now; urgency about an unrelated matter (a
mailbox, a flight, closing the books) does not count; an injected instruction is ignored. Content-free or absent
descriptions with otherwise good fields are REVIEW.

L() and write() come from holdout_rows.SellerRows. Ids are bu001, bu002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout89.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_museografiamx  # noqa: E402
import rows_pruebashidrostaticasar  # noqa: E402
import rows_craneinspectionoh  # noqa: E402
import rows_efluentesindustriaispt  # noqa: E402

_rows = SellerRows(HERE, "bu")
rows_museografiamx.add(_rows)
rows_pruebashidrostaticasar.add(_rows)
rows_craneinspectionoh.add(_rows)
rows_efluentesindustriaispt.add(_rows)
_rows.write("holdout89")
