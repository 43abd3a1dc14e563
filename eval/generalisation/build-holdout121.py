#!/usr/bin/env python3
"""Writes holdout121.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(estabilidadebr, trincajeco, postventamx, donorresearchus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

estabilidadebr is a Brazilian outsourced stability-study laboratory in Campinas (ICH climatic-chamber sample storage,
long-term / accelerated / follow-up protocols with scheduled pulls and HPLC and physico-chemical tests,
photostability and in-use studies, protocol and report writing with shelf-life statistics and Anvisa support) for
pharmaceutical, cosmetics, sanitising-product, food-supplement and veterinary-medicine manufacturers in Brazil,
Paraguay and Uruguay, 50 employees or more; leads in Brazilian Portuguese, a few in Spanish. trincajeco is a
Colombian cargo lashing and securing contractor in Barranquilla (lashing / unlashing gangs, lashing plans and
securing calculations under the IMO CSS Code, supply, rental and inspection of lashing gear, pre-sailing inspection of
secured cargo) for port companies, terminals, port operators, shipping lines, shipping agencies and project-cargo
operators in Colombia and Panama, 40 employees or more; leads in Colombian Spanish, a few in English. postventamx is a
Mexican after-sales company for new housing in Querétaro and Mérida (pre-delivery inspection with snag lists,
accompanied handover, outsourced warranty desk with repair crews, quality dashboards by house model and
subcontractor) for housing developers, homebuilders and condominium management companies in Mexico, 30 employees or
more; leads in Mexican Spanish, a few in English. donorresearchus is a US prospect research firm in Atlanta (donor
profiles with capacity ratings, analyst-reviewed wealth screening loaded back into donor CRMs, portfolio and
campaign pipeline support, interim research staffing) for universities, independent schools, hospital foundations,
foundations and nonprofits in the United States and Puerto Rico, 25 employees or more; leads in English, a few in
Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout121`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at most ("next year"
is LOW), and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are da001, da002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout121.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_estabilidadebr  # noqa: E402
import rows_trincajeco  # noqa: E402
import rows_postventamx  # noqa: E402
import rows_donorresearchus  # noqa: E402

_rows = SellerRows(HERE, "da")
rows_estabilidadebr.add(_rows)
rows_trincajeco.add(_rows)
rows_postventamx.add(_rows)
rows_donorresearchus.add(_rows)
_rows.write("holdout121")
