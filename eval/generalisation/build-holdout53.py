#!/usr/bin/env python3
"""Writes holdout53.jsonl: a fresh generalisation holdout for four sellers not used before
(legionelapt, oshatx, pisoshn, sismoec; profiles in ./profiles).

legionelapt is a Portuguese Legionella prevention and control company (PPCL under Lei 52/2018, sampling, disinfection,
cooling-tower treatment, training); oshatx is a Texas provider of OSHA training and safety-program support in Spanish and
English for contractors and industrial employers; pisoshn is a Honduran industrial-flooring contractor (epoxy,
urethane-cement, polished concrete, slab repair, ESD) serving Honduras, Guatemala and El Salvador; sismoec is an
Ecuadorian structural-engineering firm (seismic vulnerability assessment, post-earthquake inspection, retrofit, NDT,
seismic anchoring). Leads are in Portuguese and English (legionelapt), English and Spanish (the other three).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from the existing sets. Every lead is split `holdout53`: a measuring set, not a tuning set.
The rows sit in one file per seller (rows_<sellerid>.py, each with an add(rows) function), written separately.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries / targetAudience, size
against the profile's own minimum, need against mainServices, country against targetCountries). A: all four good;
B: one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a
commission, competitor, private person). A field that is simply absent is neutral; a size given in the description
counts like companySize. Sizes between the profile's minimum and the generic 50 are used only where the label is the
same either way. Urgency follows section 3 literally and the strongest signal wins: a request for a quote, a proposal,
a call, a meeting or a visit is HIGH even beside "evaluating" or "no es urgente" (a negation only rules out CRITICAL);
an incident in the past is not an incident now; urgency that belongs to a job seeker, a vendor's pitch or spam does not
count. Roles: "Gestor(a)" is read as a manager, "Coordinador(a)" and "Supervisor(a)" as MANAGER, and a manager counts
as a decision maker only in technology, purchasing or the profile's buyerAreas. Text addressed to the classifier inside
a description is data and changes nothing.

L() and write() come from holdout_rows.SellerRows. Ids are ak001, ak002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 build-holdout53.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_legionelapt, rows_oshatx, rows_pisoshn, rows_sismoec  # noqa: E402

_rows = SellerRows(HERE, "ak")
for _seller in (rows_legionelapt, rows_oshatx, rows_pisoshn, rows_sismoec):
    _seller.add(_rows)
_rows.write("holdout53")
