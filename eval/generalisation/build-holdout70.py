#!/usr/bin/env python3
"""Writes holdout70.jsonl: a fresh generalisation holdout of 168 leads (42 per seller) for four sellers not used
before (rfidretailbr, protocoloacosoes, forkliftbatteryus, arqueologiape; profiles in ./profiles).

rfidretailbr is a Brazilian RFID company for fashion and footwear retail (source tagging with the factories, RFID
labels and tags, handheld and fixed readers, store inventory counts, EAS anti-theft over RFID, ERP/POS integration);
protocoloacosoes is a Spanish consultancy for workplace harassment protocols, equality and LGTBI plans, the external
whistleblowing channel (Ley 2/2023), complaint investigations and manager training; forkliftbatteryus is a US
industrial battery company for forklift fleets in Texas, Georgia, Tennessee and the Carolinas (maintenance and
watering programs, rental batteries, lithium-ion conversion, chargers, charging-room safety); arqueologiape is a
Peruvian archaeology firm (archaeological evaluations, CIRA certificates, monitoring plans and on-site monitoring)
for construction, mining, energy, road and real-estate projects before the Ministerio de Cultura.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from other sets. Each seller has the same mix of 22 kinds (15 buyers across CRITICAL, HIGH,
MEDIUM and LOW urgency, influencers, horizons, past incidents, unrelated and negated urgency, needs in unusual words,
small, off-target and off-country businesses, non-buyers, content-free, injection and bad-email leads). Languages:
Portuguese, Spanish and English as each seller's market writes them. Every lead is split `holdout70`: a measuring
set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. A lead without a job title is UNKNOWN seniority and so not a decision maker.
Urgency follows section 3 literally: "hoje/hoy/today" meaning "nowadays" is no deadline, a negated urgency is never
CRITICAL but a quote request next to it is still HIGH, an incident in the past is not an incident now, urgency about
an unrelated matter does not count, and a request for a quote, a proposal, a call, a demo or a visit is HIGH.
Content-free leads keep a corporate email and complete fields, so their data quality is not POOR and they are REVIEW.

Rows come from rows_<seller>.py, each with add(rows); L() and write() come from holdout_rows.SellerRows. Ids are
bb001, bb002, ... in the order the rows are written; each row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout70.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_rfidretailbr, rows_protocoloacosoes, rows_forkliftbatteryus, rows_arqueologiape  # noqa: E402

_rows = SellerRows(HERE, "bb")
for _module in (rows_rfidretailbr, rows_protocoloacosoes, rows_forkliftbatteryus, rows_arqueologiape):
    _module.add(_rows)
_rows.write("holdout70")
