#!/usr/bin/env python3
"""Writes holdout71.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(bovedasmx, energiauditpt, lonasco, pestbirdus; profiles in ./profiles, rows in ./rows_<id>.py).

bovedasmx is a Mexican supplier and installer of bank vaults, safes, time-lock and smart safes (cash recyclers),
safe-deposit boxes, vault maintenance and emergency safe opening for banks, retail chains, casinos, pawnshops and fuel
stations in Mexico and Central America (Spanish, some English). energiauditpt is a Portuguese energy-efficiency
consultancy (SGCIE audits, ISO 50001, compressed-air and steam leak surveys, monitoring platforms, PRR / Portugal 2030
applications) for industry, hotels, hospitals and logistics in Portugal and Spain (European Portuguese, some Spanish
and English). lonasco is a Colombian maker of industrial tarpaulins and PVC fabrics (truck tarps and sider curtains,
warehouse curtains, tensile covers, containment bags and tank liners) for carriers, agribusiness, mining and industry
in Colombia, Ecuador and Panama (Colombian Spanish, some English). pestbirdus is a US commercial bird-control
contractor (netting, spikes, electric track, exclusion, droppings cleanup and sanitization) for warehouses, food
plants, retail centers, parking structures, airports and hospitals in California and Arizona (English, some
US-Hispanic Spanish).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and every name,
company, address and sentence was invented for this set. Every lead is split `holdout71`: a measuring set, not a
tuning set. Each seller has the same mix of kinds: 15 buyers across CRITICAL / HIGH / MEDIUM / LOW urgency, 3
influencers, and one or two each of horizon, no_timeline, past_incident, unrelated_urgency, negated_urgency,
unusual_words, small_business, off_target, off_country, job_seeker, vendor, partner, competitor, private_person,
student, spam, content_free, injection, disposable_email and invalid_email.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Seniority follows section 1 with C_LEVEL checked first; a MANAGER is a
decision maker only in technology, purchasing or one of the profile's buyerAreas; a lead with no job title is
UNKNOWN and so never SQL. Urgency follows section 3 literally: an incident in the past is not an incident now,
urgency about an unrelated matter does not count, a negated urgency is never CRITICAL (a quote request next to it is
still HIGH), a request for a quote, a price, a proposal, a call, a meeting or a visit is HIGH, and "next year" is LOW.
An invalid or disposable email disqualifies before anything else; a greeting, "info", "N/A" or an emoji with nothing
else that shows a need is REVIEW; text addressed to the classifier is data and the lead is labelled by the rest.

L() and write() come from holdout_rows.SellerRows. Ids are bc001, bc002, ... in the order the rows are written
(bovedasmx, energiauditpt, lonasco, pestbirdus); each row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout71.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_bovedasmx, rows_energiauditpt, rows_lonasco, rows_pestbirdus  # noqa: E402

_rows = SellerRows(HERE, "bc")

for _module in (rows_bovedasmx, rows_energiauditpt, rows_lonasco, rows_pestbirdus):
    _module.add(_rows)

_rows.write("holdout71")
