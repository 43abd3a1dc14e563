#!/usr/bin/env python3
"""Writes holdout93.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(plataformacomprasco, cuidadoinfantilcorpmx, traduccionfarmaceuticaar, empaquespapelbr; profiles in ./profiles).

plataformacomprasco is a Colombian e-procurement SaaS (supplier portal and onboarding, electronic RFQs and reverse
auctions, purchase-approval workflows, spend analytics, ERP integration) for large companies, hospitals,
universities, mining and energy companies in Colombia and Peru (200+ employees); cuidadoinfantilcorpmx is a Mexican
corporate childcare-benefits company (on-site nurseries, employer-paid partner daycares, back-up care for school
holidays, lactation rooms) for manufacturers, hospitals, banks, retailers and call centres in Mexico (300+);
traduccionfarmaceuticaar is an Argentine life-sciences translation company (clinical-trial documents and informed
consents, ANMAT/ANVISA/FDA dossiers, package inserts, linguistic validation) for labs, CROs, medical-device makers
and hospitals running trials in Argentina, Uruguay and Brazil (30+); empaquespapelbr is a Brazilian paper-packaging
manufacturer (printed corrugated boxes, kraft delivery bags, paper straws and cutlery, e-commerce shipping boxes) for
e-commerce retailers, food manufacturers, restaurant and bakery chains and cosmetics brands in Brazil (50+).

Each seller has the same 42-row mix: 15 buyers (every urgency level, several seniorities, some influencers' bosses,
some with no jobPosition or no size), 3 influencers, 2 horizon, and one or two each of no_timeline, past_incident,
unrelated_urgency, negated_urgency, unusual_words (2), small_business, off_target, off_country, job_seeker,
vendor (2), partner, competitor, private_person, student, spam, content_free (2), injection, disposable_email and
invalid_email.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every sentence, name, company, domain and phone number is invented. Every lead is split `holdout93`: a
measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral; an absent jobPosition is UNKNOWN seniority, so never a decision maker.
Urgency follows section 3 literally: "hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never
CRITICAL (but a quote request next to it is still HIGH), an incident in the past is not an incident now, urgency
about an unrelated matter does not count, words inside an injected instruction are not urgency, and a request for a
quote, a proposal, a demo, a call or a visit is HIGH. A content-free description from an otherwise valid lead is
REVIEW; a disposable or invalid email is DISQUALIFIED before anything else.

L() and write() come from holdout_rows.SellerRows; the rows live in rows_<seller>.py, one add(rows) per seller. Ids
are by001, by002, ... in the order the rows are written; each row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout93.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_plataformacomprasco  # noqa: E402
import rows_cuidadoinfantilcorpmx  # noqa: E402
import rows_traduccionfarmaceuticaar  # noqa: E402
import rows_empaquespapelbr  # noqa: E402

_rows = SellerRows(HERE, "by")
rows_plataformacomprasco.add(_rows)
rows_cuidadoinfantilcorpmx.add(_rows)
rows_traduccionfarmaceuticaar.add(_rows)
rows_empaquespapelbr.add(_rows)
_rows.write("holdout93")
