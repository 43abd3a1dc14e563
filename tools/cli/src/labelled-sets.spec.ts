// The labelled sets kept in the repository are regression sets: the rules may not fall below what they score today
// (eval/generalisation/README.md records how each was written and when it stopped being unseen). A rule change that
// costs any of them a lead fails here, in every CI, and names the leads it changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyWithRules, type CompanyProfile, type LeadInput } from '@leadops/domain';
import { scoreEval, type EvalRow, type ExpectedLabels } from './eval-report';

const ROOT = join(__dirname, '../../..');
const GEN = 'eval/generalisation';

// Floors: the figures measured on 2026-12-05 after the second round of issue-14 changes (stage, priority, SQL precision).
const SETS: { file: string; profiles: string; floor: [stage: number, priority: number, sqlPrecision: number] }[] = [
  { file: `${GEN}/leads.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.97] },
  { file: `${GEN}/holdout2.jsonl`, profiles: `${GEN}/profiles`, floor: [1, 1, 1] },
  { file: `${GEN}/holdout3.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 1, 1] },
  { file: `${GEN}/holdout4.jsonl`, profiles: `${GEN}/profiles`, floor: [1, 1, 1] },
  // Seen since round 3 (their first, unseen runs: 0.91 / 0.91 / 0.96 and 0.85 / 0.89 / 0.92).
  { file: `${GEN}/holdout5.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 1] },
  { file: `${GEN}/holdout6.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 1, 1] },
  // Seen since round 4 (its first, unseen run: 0.85 / 0.92 / 0.91).
  { file: `${GEN}/holdout8.jsonl`, profiles: `${GEN}/profiles`, floor: [0.99, 0.99, 1] },
  // Seen since round 5 (its first, unseen runs: 0.77 / 0.81 / 0.86 after round 3, 0.79 / 0.82 / 0.89 after round 4).
  { file: `${GEN}/holdout9.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.98, 0.97] },
  // Seen since round 6 (its first, unseen run: 0.85 / 0.94 / 0.96).
  { file: `${GEN}/holdout11.jsonl`, profiles: `${GEN}/profiles`, floor: [0.99, 0.99, 1] },
  // Seen since round 7 (its first, unseen run: 0.89 / 0.92 / 1.00).
  { file: `${GEN}/holdout10.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 1] },
  // Seen since round 8 (its first, unseen run: 0.88 / 0.93 / 0.95).
  { file: `${GEN}/holdout12.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.99, 1] },
  // Seen since round 9 (its first, unseen run: 0.90 / 0.94 / 0.98).
  { file: `${GEN}/holdout13.jsonl`, profiles: `${GEN}/profiles`, floor: [0.99, 0.99, 1] },
  // Seen since round 10 (its first, unseen run: 0.88 / 0.92 / 0.93).
  { file: `${GEN}/holdout15.jsonl`, profiles: `${GEN}/profiles`, floor: [0.99, 0.99, 1] },
  // Seen since round 11 (its first, unseen run, round 10: 0.88 / 0.90 / 0.93).
  { file: `${GEN}/holdout14.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.98] },
  // Seen since round 12 (its first, unseen run, round 11: 0.83 / 0.88 / 0.95).
  { file: `${GEN}/holdout16.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.96, 1] },
  // Seen since round 13 (its first, unseen run, round 12: 0.87 / 0.87 / 0.90).
  { file: `${GEN}/holdout18.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.98] },
  // Seen since round 14 (unseen runs, round 12: 0.87 / 0.91 / 0.94; round 13: 0.88 / 0.92 / 0.94).
  { file: `${GEN}/holdout17.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.98] },
  // Seen since round 15 (its first, unseen run, round 14: 0.87 / 0.90 / 0.92).
  { file: `${GEN}/holdout20.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.96] },
  // Seen since round 16 (its first, unseen run, round 15: 0.81 / 0.85 / 0.86).
  { file: `${GEN}/holdout22.jsonl`, profiles: `${GEN}/profiles`, floor: [0.9, 0.92, 0.97] },
  // Seen since round 17 (first, unseen runs: holdout19 0.87 / 0.91 / 0.92 at round 14; holdout21 0.88 / 0.91 / 0.94
  // at round 15).
  { file: `${GEN}/holdout19.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.95, 0.96] },
  { file: `${GEN}/holdout21.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.92, 0.96] },
  // Seen since round 18 (its first, unseen run, round 17: 0.87 / 0.90 / 0.98).
  { file: `${GEN}/holdout23.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 1] },
  // Seen since round 19 (first, unseen runs at round 18: holdout24 0.88 / 0.91 / 0.92, holdout25 0.88 / 0.89 / 0.88,
  // holdout26 0.87 / 0.88 / 0.97, holdout27 0.90 / 0.93 / 0.89, holdout28 0.88 / 0.89 / 0.88).
  { file: `${GEN}/holdout24.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.96, 0.96] },
  { file: `${GEN}/holdout25.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.95, 0.95] },
  { file: `${GEN}/holdout26.jsonl`, profiles: `${GEN}/profiles`, floor: [0.93, 0.93, 1] },
  { file: `${GEN}/holdout27.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.96, 0.97] },
  { file: `${GEN}/holdout28.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.96, 1] },
  // Seen since round 20 (first, unseen runs at round 19: holdout30 0.87 / 0.91 / 0.81, holdout31 0.87 / 0.92 / 0.90).
  { file: `${GEN}/holdout30.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.94, 0.88] },
  { file: `${GEN}/holdout31.jsonl`, profiles: `${GEN}/profiles`, floor: [0.93, 0.94, 0.9] },
  // Seen since round 21 (first, unseen runs: holdout29 0.89 / 0.91 / 0.86 at round 19; holdout32 0.92 / 0.94 / 0.91 and
  // holdout33 0.91 / 0.92 / 0.84 at round 20).
  { file: `${GEN}/holdout29.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.96, 0.95] },
  { file: `${GEN}/holdout32.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.95, 0.96] },
  { file: `${GEN}/holdout33.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.94, 0.89] },
  // Seen since round 22 (first, unseen runs at round 21: holdout34 0.87 / 0.92 / 0.97, holdout35 0.92 / 0.95 / 0.92).
  { file: `${GEN}/holdout34.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.96, 1] },
  { file: `${GEN}/holdout35.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.98, 0.94] },
  // Seen since round 23 (first, unseen runs at round 22: holdout36 0.94 / 0.96 / 0.95, holdout37 0.89 / 0.92 / 0.88).
  { file: `${GEN}/holdout36.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.96, 0.95] },
  { file: `${GEN}/holdout37.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.96, 0.91] },
  // Seen since round 24 (first, unseen runs at round 23: holdout38 0.93 / 0.97 / 0.97, holdout39 0.90 / 0.92 / 0.90).
  { file: `${GEN}/holdout38.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.98, 1] },
  { file: `${GEN}/holdout39.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.93, 0.94] },
  // Seen since round 25 (first, unseen runs at round 24: holdout40 0.93 / 0.96 / 0.94, holdout41 0.91 / 0.94 / 0.83).
  { file: `${GEN}/holdout40.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 1] },
  // w046 (an office tenant, "Escritório de advocacia" against "Corporate offices") was right only while the 150-employee
  // minimum was read as 50 (round 29): its industry is the miss.
  { file: `${GEN}/holdout41.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.99, 1] },
  // The learned non-buyer model is trained on these four too. First runs (round 25, lists only): holdout42 0.92 / 0.94
  // / 0.86, holdout43 0.90 / 0.91 / 0.94, holdout44 0.87 / 0.92 / 0.91, holdout45 0.87 / 0.88 / 0.85; with the model
  // trained without each: 0.94, 0.91, 0.90, 0.88 stage. Round 26 was written from holdout42 and 43 (seen since);
  // holdout44 and 45 have had no rule written from them.
  { file: `${GEN}/holdout42.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.95, 0.88] },
  { file: `${GEN}/holdout43.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.92, 0.93] },
  { file: `${GEN}/holdout44.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.94, 0.93] },
  { file: `${GEN}/holdout45.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.92, 0.88] },
  // Round 27 (readings, not phrases) was written from holdout44 and 45. holdout46 and 47 were written after it; first
  // runs, lists and model unseen, before round 27 -> after: holdout46 0.917 / 0.917 / 0.94 -> 0.923 / 0.923 / 0.94 (one
  // lead fixed, none broken), holdout47 0.929 / 0.949 / 0.95 -> 0.942 / 0.962 / 0.95 (two fixed, none broken). With the
  // model trained on them too: 0.94 / 0.93 / 0.94 and 0.94 / 0.96 / 0.95.
  // Round 28 was written from holdout44 to 47 (seen since).
  { file: `${GEN}/holdout46.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.94, 0.96] },
  { file: `${GEN}/holdout47.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.98, 0.95] },
  // Written after round 28. First runs, lists and model unseen, at round 26 -> 27 -> 28: holdout48 0.891 -> 0.917 ->
  // 0.917 stage (SQL precision 0.89 -> 0.89 -> 0.89), holdout49 0.865 -> 0.897 -> 0.904 (0.86 throughout): ten leads
  // fixed, none broken. Their authors were asked for spans written as numbers of days or months, the kind round 27
  // reads: six of the ten fixes are such spans (eval/generalisation/README.md). With the model trained on them too.
  // Round 29 was written from holdout48 and 49 (seen since). The seller's own line read as its core (seller-profile.ts)
  // costs holdout48 one lead (0.974): "llenar cilindros de oxígeno" now meets an oxygen seller's service (labelled not one).
  { file: `${GEN}/holdout48.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 1] },
  { file: `${GEN}/holdout49.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.94, 0.91] },
  // Written after round 29, with the earlier prompt (no hint of any kind the rounds read). First runs, lists and model
  // unseen, at rounds 26, 27, 28 and 29: holdout50 0.936, 0.936, 0.936, 0.929 stage (SQL precision 0.88 throughout; the
  // one lead lost, a sawmill offering posts, is the model's: retrained with holdout48-51 it no longer names that vendor)
  // and holdout51 0.886, 0.886, 0.886, 0.892 (0.85 throughout; one lead fixed). With the model trained on them too.
  { file: `${GEN}/holdout50.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.95, 0.93] },
  { file: `${GEN}/holdout51.jsonl`, profiles: `${GEN}/profiles`, floor: [0.91, 0.94, 0.87] },
  // Round 30's first half (urgency for reading material, an apology for the hurry) was written from holdout44-51.
  // holdout52 was written after it (commit 1fa0e13, before it was run): first run, lists and model unseen, 0.893 stage,
  // 0.899 priority, SQL precision 0.98; round 30's second half was written from its misses (0.958, seen since).
  { file: `${GEN}/holdout52.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.96, 0.98] },
  // Round 31 (industries read finer) was written from holdout17-51. holdout53 was written after it (commit 411e4ee,
  // before it was run): first runs, lists and model unseen, 0.948 / 0.971 / 0.94 at fc51bb0 (before round 30) and
  // 0.953 / 0.977 / 0.96 after round 31; round 32 was written from its misses (0.977 / 0.988 / 0.98, seen since).
  { file: `${GEN}/holdout53.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.98, 0.98] },
  // holdout54 was written after round 32 (commit d20b6e8, before it was run): first runs, lists and model unseen, 0.917 /
  // 0.917 / 0.96 at fc51bb0 and 0.917 / 0.917 / 0.94 after round 32 (one lead lost to round 30's "pliego", taken back
  // in round 33); round 33 was written from its misses (0.964 / 0.964 / 0.96, seen since). Industries read part of a
  // sector by part (sectors.ts) gave 0.953 / 0.959 / 0.96: a supermarket and a SaaS company are no longer target
  // industries (as labelled), which unmasks two need misreads ("microvideos de capacitación", "testimonial shoot") that
  // the wrong industry match had hidden. Round 36 reads its seller's "25+ employees" (it fell back to 50+), which costs
  // al077 (a church's "maybe next spring, send general info", labelled LOW, read MEDIUM): 0.947 / 0.953.
  { file: `${GEN}/holdout54.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.95, 0.96] },
  // holdout55 was written after round 33 (commit 9906673, before it was run): first runs, lists and model unseen, 0.907
  // / 0.930 / 0.98 at fc51bb0 and the same after round 33; round 34 was written from its misses (0.936 / 0.959 / 0.98).
  { file: `${GEN}/holdout55.jsonl`, profiles: `${GEN}/profiles`, floor: [0.93, 0.95, 0.97] },
  // holdout56 was written this session (commit 39bbb89, before it was run): first runs, lists and model unseen, 0.906 /
  // 0.924 / 0.88 at 4ff1c03, 0.912 / 0.929 / 0.90 with industries read part of a sector by part; 0.929 / 0.929 / 0.90
  // with the learned model retrained on it; round 35 was written from its misses (0.976 / 0.982 / 1.00, seen since).
  { file: `${GEN}/holdout56.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.98, 1] },
  // holdout57 was written this session (commit 5c66a47, before it was run): first runs, lists and model unseen, 0.847 /
  // 0.871 / 0.79 at 4ff1c03, 0.847 / 0.876 / 0.80 after round 35, 0.853 with the seller's line as its core; round 36 was
  // written from its misses (0.941 / 0.953 / 0.94, seen since).
  { file: `${GEN}/holdout57.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.95, 0.93] },
  // holdout58 was written this session (commit 86a1bc1, before it was run): first runs, lists and model unseen, 0.912 /
  // 0.930 / 0.96 at 4ff1c03 and 0.930 / 0.953 / 0.96 with rounds 35-36 and the other changes of the session (industries
  // part by part, the seller's line, "10 or more employees", cognate buyer areas); round 37 was written from its misses
  // (0.959 / 0.982 / 0.98, seen since).
  { file: `${GEN}/holdout58.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.98, 0.98] },
  // holdout59 was written last session (commit 89f8698, before it was run): first runs, lists and model unseen, 0.894 /
  // 0.906 / 0.85 at 4ff1c03 and 0.906 / 0.918 / 0.87 at b7378c3 (the same with the model retrained on it); round 38 was
  // written from its misses (0.965 / 0.976 / 0.94, seen since).
  { file: `${GEN}/holdout59.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.97, 0.94] },
  // holdout60 was written this session (commit f048e92, before it was run): first runs, lists and model unseen, 0.955 /
  // 0.955 / 0.97 at b7378c3 and after round 38 (0.960 / 0.955 / 0.97 with the model retrained on it); round 39 was
  // written from its misses (0.977 / 0.972 / 0.98, seen since).
  { file: `${GEN}/holdout60.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.98] },
  // holdout61 was written this session (commit 88829f4, before it was run): first runs, lists and model unseen, 0.936 /
  // 0.942 / 0.98 at b7378c3 and after rounds 38-39 (the same with the model retrained on it); round 40 was written from
  // its misses (0.977 / 0.977 / 1.00, seen since).
  { file: `${GEN}/holdout61.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 1] },
  // holdout62 was written this session (commit 4c89cef, before it was run): first runs, lists and model unseen, 0.944 /
  // 0.933 / 0.99 at b7378c3 and 0.961 / 0.950 / 0.99 after rounds 38-40 (the same with the model retrained on it); round
  // 41 was written from its misses (0.989 / 0.983 / 0.99, seen since).
  { file: `${GEN}/holdout62.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.98] },
  // holdout63 was written this session (commit f08b7e0, before it was run): first runs, lists and model unseen, 0.954 /
  // 0.971 / 1.00 at b7378c3 and after rounds 38-41 (0.960 with the model retrained on it); round 42 was written from its
  // misses (0.989 / 0.989 / 1.00, seen since).
  { file: `${GEN}/holdout63.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 1] },
  // holdout64 was written this session (commit 0183792, before it was run): first runs, lists and model unseen, 0.955 /
  // 0.977 / 1.00 at b7378c3 and 0.960 / 0.983 / 1.00 after rounds 38-42 (0.966 with the model retrained on it); round 43
  // was written from its misses (0.983 / 0.989 / 1.00, seen since).
  { file: `${GEN}/holdout64.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 1] },
  // holdout65 was written this session (commit 65ef6c5, before it was run): first runs, lists and model unseen, 0.850 /
  // 0.879 / 0.96 at b7378c3 and 0.855 / 0.884 / 0.96 after rounds 38-43 (0.861 with the model retrained on it); round 44
  // was written from its misses (0.942 / 0.954 / 0.98, seen since; need read by paraphrase is most of what is left).
  { file: `${GEN}/holdout65.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.95, 0.98] },
  // holdout66 was written in session 16 (commit a118bf8, before it was run): first runs, lists and model unseen, 0.905 /
  // 0.911 / 0.96 at b7378c3 and 0.911 / 0.923 / 0.96 after rounds 38-44 (0.917 with the model retrained on it); round 45
  // was written from its misses (0.958 / 0.976 / 0.98, seen since).
  { file: `${GEN}/holdout66.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.97, 0.98] },
  // holdout67 and holdout68 were written this session (commits fde1b2d and 8dfba37, before they were run): first runs,
  // lists and model unseen, 0.929 / 0.923 / 0.957 and 0.929 / 0.935 / 0.941 at f32b69c; after rounds 45-47 (written
  // before they were read) 0.940 / 0.935 / 0.958 and 0.935 / 0.940 / 0.942; round 48 was written from their misses
  // (0.982 / 0.982 / 1.00 and 0.946 / 0.946 / 0.94, seen since).
  { file: `${GEN}/holdout67.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 1] },
  { file: `${GEN}/holdout68.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.94, 0.94] },
  // holdout69 and holdout70 were written this session (commits 1fc7e3a and 78d68c5, before they were run): first runs,
  // lists and model unseen, 0.946 / 0.952 / 0.958 and 0.935 / 0.946 / 0.980 at f32b69c; after rounds 45-48 (written
  // before they were read) 0.946 / 0.952 / 0.958 and 0.952 / 0.958 / 0.980; round 49 was written from their misses
  // (0.970 / 0.976 / 0.98 and 0.994 / 1.00 / 1.00, seen since).
  { file: `${GEN}/holdout69.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.97] },
  { file: `${GEN}/holdout70.jsonl`, profiles: `${GEN}/profiles`, floor: [0.99, 1, 1] },
  // holdout71 and holdout72 were written this session (commits 60c09fa and 7934871, before they were run): first runs,
  // lists and model unseen, 0.952 / 0.958 / 1.00 and 0.952 / 0.958 / 0.956 at f32b69c; after rounds 45-49 (written
  // before they were read) 0.958 / 0.964 / 1.00 and 0.964 / 0.964 / 0.957; round 50 was written from their misses
  // (0.988 / 0.994 / 1.00 and 0.988 / 0.988 / 1.00, seen since).
  { file: `${GEN}/holdout71.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.99, 1] },
  { file: `${GEN}/holdout72.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 1] },
  // holdout73 and holdout74 were written this session (commits c50ba20 and 5fac68c, before they were run): first runs,
  // lists and model unseen, 0.940 / 0.935 / 0.962 and 0.940 / 0.946 / 0.927 at f32b69c; after rounds 45-50 (written
  // before they were read) 0.940 / 0.935 / 0.962 and 0.946 / 0.958 / 0.929; round 51 was written from their misses
  // (0.988 / 0.976 / 1.00 and 0.982 / 0.982 / 1.00, seen since).
  { file: `${GEN}/holdout73.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.97, 1] },
  { file: `${GEN}/holdout74.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 1] },
  // holdout75 and holdout76 were written this session (commits 615624a and 3acd1d8, before they were run): first runs,
  // lists and model unseen, 0.887 / 0.911 / 0.976 and 0.952 / 0.946 / 0.944 at f32b69c; after rounds 45-51 (written
  // before they were read) 0.887 / 0.911 / 0.976 and 0.946 / 0.940 / 0.943; round 52 was written from their misses
  // (0.964 / 0.976 / 1.00 and 0.970 / 0.970 / 0.98, seen since).
  { file: `${GEN}/holdout75.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.97, 1] },
  { file: `${GEN}/holdout76.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.98] },
  // holdout77 and holdout78 were written this session (commits 1ae30bb and ec5c691, before they were run): first runs,
  // lists and model unseen, 0.929 / 0.940 / 0.980 and 0.905 / 0.911 / 0.923 at f32b69c; after rounds 45-52 (written
  // before they were read) 0.935 / 0.946 / 0.962 and 0.929 / 0.929 / 0.943; round 53 was written from their misses
  // (0.982 / 0.994 / 1.00 and 0.964 / 0.958 / 0.98, seen since).
  { file: `${GEN}/holdout77.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.99, 1] },
  { file: `${GEN}/holdout78.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.95, 0.98] },
  // holdout79 and holdout80 were written this session (commits f798f05 and 4a8c196, before they were run): first runs,
  // lists and model unseen, 0.940 / 0.952 / 0.959 and 0.899 / 0.899 / 0.944 at f32b69c; after rounds 45-53 (written
  // before they were read) 0.952 / 0.964 / 0.960 and 0.905 / 0.905 / 0.944; round 54 was written from their misses
  // (0.988 / 0.982 / 0.98 and 0.935 / 0.935 / 0.98, seen since; holdout80's residue is mostly need in everyday words).
  { file: `${GEN}/holdout79.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.98] },
  { file: `${GEN}/holdout80.jsonl`, profiles: `${GEN}/profiles`, floor: [0.93, 0.93, 0.98] },
  // holdout81 and holdout82 were written in session 18 (commits before they were run): first runs, lists and model
  // unseen, 0.952 / 0.970 / 0.927 and 0.952 / 0.970 / 0.977 at 919025b and with round 55 (written before they were
  // read); round 56 was written from their misses (0.988 / 0.988 / 0.975 and 0.988 / 0.988 / 0.978, seen since). Round 86
  // reads "Naples, FL" in the US, not in Italy: a resort asking to translate its website (off-target, labelled NURTURE)
  // was NURTURE only because its country was misread, and is now a false SQL (SQL precision 0.949 on holdout81).
  { file: `${GEN}/holdout81.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.94] },
  { file: `${GEN}/holdout82.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.97] },
  // holdout83 and holdout84 were written in session 18 (commits 6425947 and e5725e5, before they were run): first runs,
  // lists and model unseen, 0.964 / 0.964 / 0.949 and 0.958 / 0.952 / 0.925 at 919025b and with rounds 55-56 (written
  // before they were read); round 57 was written from their misses (0.982 / 0.982 / 0.974 both, seen since).
  { file: `${GEN}/holdout83.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.97] },
  { file: `${GEN}/holdout84.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.97] },
  // holdout85 and holdout86 were written in session 18 (commits 5074571 and before their merge, before they were run):
  // first runs, lists and model unseen, 0.952 / 0.964 / 0.978 and 0.964 / 0.964 / 0.973 at 919025b; 0.958 / 0.970 /
  // 0.979 and 0.964 / 0.964 / 0.973 with rounds 55-57 (written before they were read), all three targets met; round 58
  // was written from their misses (0.982 / 0.988 / 0.979 and 0.988 / 0.988 / 1.00, seen since).
  { file: `${GEN}/holdout85.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.97] },
  { file: `${GEN}/holdout86.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 1] },
  // holdout87 and holdout88 were written in session 18 (before they were run): first runs, lists and model unseen, 0.935
  // / 0.940 / 0.865 and 0.940 / 0.946 / 0.943 at 919025b and with rounds 55-58 (written before they were read); round 59
  // was written from their misses (0.982 / 0.982 / 0.923 and 0.976 / 0.976 / 1.00, seen since; holdout87's false SQL
  // are off-target needs sharing a word with a service and a nursing home the author keeps outside "clinics").
  { file: `${GEN}/holdout87.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.92] },
  { file: `${GEN}/holdout88.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 1] },
  // holdout89 and holdout90 were written in session 18 (before they were run): first runs, lists and model unseen, 0.881
  // / 0.893 / 0.907 and 0.905 / 0.911 / 0.900 at 919025b; 0.881 / 0.893 / 0.907 and 0.917 / 0.923 / 0.905 with rounds
  // 55-59 (written before they were read); round 60 was written from their misses (0.952 / 0.946 / 0.911 and 0.952 /
  // 0.958 / 0.932, seen since; the residue is off-target needs sharing a service word and authors' calls on horizons).
  { file: `${GEN}/holdout89.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.94, 0.91] },
  { file: `${GEN}/holdout90.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 0.93] },
  // holdout91 and holdout92 were written in session 18 (before they were run): first runs, lists and model unseen, 0.952
  // / 0.952 / 0.867 and 0.929 / 0.935 / 0.940 at 919025b; 0.946 / 0.952 / 0.867 and 0.940 / 0.940 / 0.940 with rounds
  // 55-60 (written before they were read); round 61 was written from their misses (0.970 / 0.964 / 0.889 and 0.964 /
  // 0.964 / 0.942, seen since; the false SQL left are off-target needs that share a service word).
  { file: `${GEN}/holdout91.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.96, 0.88] },
  { file: `${GEN}/holdout92.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.96, 0.94] },
  // holdout93 and holdout94 were written in session 18 (before they were run): first runs, lists and model unseen, 0.946
  // / 0.952 / 0.917 and 0.929 / 0.917 / 0.872 at 919025b; 0.940 / 0.952 / 0.917 and 0.935 / 0.923 / 0.872 with rounds
  // 55-61 (written before they were read); round 62 was written from their misses (0.976 / 0.982 / 0.946 and 0.976 /
  // 0.976 / 0.933, seen since).
  { file: `${GEN}/holdout93.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.98, 0.94] },
  { file: `${GEN}/holdout94.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.93] },
  // holdout95 and holdout96 were written in session 19 (before they were run): first runs, lists and model unseen, 0.940
  // / 0.958 / 0.979 and 0.958 / 0.958 / 0.951; then the model retrained on them and round 63 made from their misses.
  { file: `${GEN}/holdout95.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.98, 0.98] },
  { file: `${GEN}/holdout96.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.95] },
  // holdout97 (session 19, written before it was run): first run 0.917 / 0.905 / 0.932 with rounds 63's lists unseen; the
  // model retrained on it and round 64 made from its misses.
  { file: `${GEN}/holdout97.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.96, 0.95] },
  // holdout99 (session 19, written before it was run): first run 0.887 / 0.881 / 0.915, 0.893 / 0.887 / 0.915 with rounds
  // 63-64 unseen; the model retrained on it and round 65 made from its misses.
  { file: `${GEN}/holdout99.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.94, 0.95] },
  // holdout98, holdout100 and holdout101 (session 19, written before they were run): first runs 0.935 / 0.935 / 0.976,
  // 0.952 / 0.952 / 0.917 and 0.940 / 0.946 / 0.952 with rounds 63-65 unseen; the model retrained on them and round 66
  // made from their misses.
  { file: `${GEN}/holdout98.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.97] },
  { file: `${GEN}/holdout100.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.96, 0.93] },
  { file: `${GEN}/holdout101.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.95] },
  // holdout102 and holdout103 (session 19, written before they were run): first runs 0.911 / 0.917 / 0.952 and 0.940 /
  // 0.952 / 0.917 with rounds 63-66 unseen; the model retrained on them and round 67 made from their misses.
  { file: `${GEN}/holdout102.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.96, 0.97] },
  { file: `${GEN}/holdout103.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.97, 0.93] },
  // holdout105 (session 19, written before it was run): first run 0.940 / 0.940 / 1.000 with rounds 63-67 unseen; round
  // 68 made from its misses.
  { file: `${GEN}/holdout105.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 0.99] },
  // holdout104 (session 19, written before it was run): first run 0.952 / 0.964 / 0.956 at the session's start, 0.958 /
  // 0.970 / 0.957 with rounds 63-68; round 69 (session 20) made from its misses.
  { file: `${GEN}/holdout104.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.98, 0.97] },
  // holdout106 and holdout107 (session 20, written before they were run): first runs 0.911 / 0.905 / 0.898 and 0.935 /
  // 0.940 / 0.979 with round 69 unseen; round 70 made from their misses.
  { file: `${GEN}/holdout106.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 0.93] },
  { file: `${GEN}/holdout107.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.97] },
  // holdout108 and holdout109 (session 20, written before they were run): first runs 0.946 / 0.946 / 0.957 and 0.905 /
  // 0.929 / 0.929 at the session's start (0.952 / 0.952 / 0.978 and unchanged with rounds 69-70); round 71 from their misses.
  { file: `${GEN}/holdout108.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.97, 0.97] },
  { file: `${GEN}/holdout109.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.95] },
  // holdout110 and holdout111 (session 20, written before they were run): first runs 0.952 / 0.958 / 0.955 and 0.893 /
  // 0.905 / 0.826 at the session's start (0.958 / 0.964 / 0.955 and 0.899 / 0.911 / 0.826 with rounds 69-72); round 73
  // from their misses.
  { file: `${GEN}/holdout110.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.97] },
  { file: `${GEN}/holdout111.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.95, 0.92] },
  // holdout112 and holdout113 (session 20, written before they were run): first runs 0.946 / 0.946 / 0.922 and 0.935 /
  // 0.946 / 0.930 at the session's start (0.958 / 0.958 / 0.923 and 0.946 / 0.958 / 0.930 with rounds 69-73); round 74
  // from their misses.
  { file: `${GEN}/holdout112.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.96] },
  { file: `${GEN}/holdout113.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.93] },
  // holdout114 and holdout115 (session 20, written before they were run): first runs 0.923 / 0.923 / 0.917 and 0.869 /
  // 0.875 / 0.805 at the session's start (0.929 / 0.929 / 0.957 and unchanged with rounds 69-74); round 75 from their
  // misses.
  { file: `${GEN}/holdout114.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.98, 0.95] },
  { file: `${GEN}/holdout115.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.92, 0.87] },
  // holdout116 and holdout117 (session 20, written before they were run): first runs 0.881 / 0.893 / 0.886 and 0.946 /
  // 0.952 / 0.927, the same at the session's start and with rounds 69-75; round 76 from their misses.
  { file: `${GEN}/holdout116.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.96, 0.99] },
  { file: `${GEN}/holdout117.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 0.92] },
  // holdout118 and holdout119 (session 21, written before they were run): first runs 0.923 / 0.929 / 0.889 and 0.958 /
  // 0.970 / 0.936; after round 77, 0.976 / 0.976 / 0.953 and 0.970 / 0.976 / 0.936.
  { file: `${GEN}/holdout118.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.95] },
  { file: `${GEN}/holdout119.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.93] },
  // holdout120 and holdout121 (session 21, written before they were run): first runs 0.964 / 0.964 / 0.912 and 0.958 /
  // 0.958 / 0.977 with round 77; after round 78, 0.976 / 0.976 / 0.945 and 0.988 / 0.988 / 0.978.
  { file: `${GEN}/holdout120.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.94] },
  { file: `${GEN}/holdout121.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.97] },
  // holdout122 and holdout123 (session 21, written before they were run): first runs 0.940 / 0.929 / 0.957 and 0.911 /
  // 0.911 / 0.896 with rounds 77-78; after round 79, 0.964 / 0.958 / 0.980 and 0.952 / 0.958 / 0.957.
  { file: `${GEN}/holdout122.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.95, 0.97] },
  { file: `${GEN}/holdout123.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 0.95] },
  // holdout124 (session 21, written before it was run): first run 0.958 / 0.952 / 0.958 with rounds 77-79; after round 80,
  // 1.000 / 1.000 / 1.000.
  { file: `${GEN}/holdout124.jsonl`, profiles: `${GEN}/profiles`, floor: [0.99, 0.99, 1] },
  // holdout125 (session 21, written before it was run): first run 0.905 / 0.905 / 0.980 with rounds 77-80; after round 81,
  // 0.940 / 0.946 / 1.000 (the woodworking-machinery seller's machine names are still mostly unmatched).
  { file: `${GEN}/holdout125.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.94, 1] },
  // holdout126 and holdout127 (session 21, written before they were run): first runs 0.952 / 0.952 / 0.979 and 0.964 /
  // 0.964 / 0.955 with rounds 77-81; after round 82, 0.982 / 0.976 / 1.000 and 0.970 / 0.970 / 0.955.
  { file: `${GEN}/holdout126.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.97, 1] },
  { file: `${GEN}/holdout127.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.95] },
  // holdout128 and holdout129 (session 21, written before they were run): first runs 0.946 / 0.952 / 0.938 and 0.940 /
  // 0.952 / 0.938 with rounds 77-82; after round 83, 0.976 / 0.982 / 0.959 and 0.976 / 0.982 / 0.958.
  { file: `${GEN}/holdout128.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.98, 0.95] },
  { file: `${GEN}/holdout129.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.98, 0.95] },
  // holdout131 (session 21, written before it was run): first run 0.958 / 0.970 / 0.972 with rounds 77-83 (all three
  // targets met unseen); after round 84, 0.988 / 0.988 / 1.000.
  { file: `${GEN}/holdout131.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 1] },
  // holdout130 (session 21, written before it was run): first run 0.946 / 0.952 / 0.980 at 737e97f, 0.952 / 0.952 / 0.980
  // with rounds 77-84; after round 85 (session 22), 0.976 / 0.982 / 0.980.
  { file: `${GEN}/holdout130.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.98, 0.98] },
  // holdout132 (session 22, written before it was run): first run 0.929 / 0.958 / 0.977 (42/43) at 9528a7f; after round
  // 85, 0.964 / 0.982 / 1.000.
  { file: `${GEN}/holdout132.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.98, 1] },
  // holdout133 (session 22, written before it was run): first run 0.940 / 0.952 / 0.922 (47/51) at 9528a7f; after round
  // 85, 0.970 / 0.976 / 0.940.
  { file: `${GEN}/holdout133.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.94] },
  // holdout134 (session 22, written before it was run): first run 0.952 / 0.958 / 0.936 (44/47) at 9528a7f and with
  // round 85; after round 86, 0.970 / 0.976 / 0.957.
  { file: `${GEN}/holdout134.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.95] },
  // holdout135 (session 22, written before it was run): first run 0.964 / 0.964 / 0.954 (41/43) at 9528a7f and with
  // round 85; after round 86, 0.982 / 0.982 / 0.977.
  { file: `${GEN}/holdout135.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.97] },
  // holdout136 (session 22, written before it was run): first run 0.929 / 0.946 / 0.900 (45/50) at 9528a7f and with
  // rounds 85-86; after round 87, 0.970 / 0.976 / 0.957.
  { file: `${GEN}/holdout136.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.95] },
  // holdout137 (session 22, written before it was run): first run 0.935 / 0.935 / 0.977 (42/43) at 9528a7f and with
  // rounds 85-87; after round 88, 0.976 / 0.976 / 0.977.
  { file: `${GEN}/holdout137.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.97] },
  // holdout138 (session 22, written before it was run): first run 0.917 / 0.929 / 0.882 (45/51) at 9528a7f and with
  // rounds 85-88; after round 89, 0.946 / 0.958 / 0.939.
  { file: `${GEN}/holdout138.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.95, 0.93] },
  // holdout139 (session 22, written before it was run): first run 0.940 / 0.940 / 0.957 (45/47) at 9528a7f and with
  // rounds 85-88; after round 89, 0.976 / 0.970 / 0.978.
  { file: `${GEN}/holdout139.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.97] },
  // holdout140 (session 22, written before it was run): first run 0.893 / 0.917 / 0.909 (40/44) at 9528a7f, 0.899 /
  // 0.917 / 0.909 with rounds 85-89; after round 90, 0.946 / 0.958 / 0.957.
  { file: `${GEN}/holdout140.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.95, 0.95] },
  // holdout141 (session 22, written before it was run): first run 0.952 / 0.946 / 0.939 (46/49) at 9528a7f, 0.952 /
  // 0.952 / 0.939 with rounds 85-89; after round 90, 0.982 / 0.982 / 0.959.
  { file: `${GEN}/holdout141.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.95] },
  // holdout142 (session 22, written before it was run): first run 0.970 / 0.964 / 0.961 (49/51) at 9528a7f, 0.976 /
  // 0.976 / 0.961 with rounds 85-90; after round 91, 0.982 / 0.982 / 0.962.
  { file: `${GEN}/holdout142.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.96] },
  // holdout143 (session 22, written before it was run): first run 0.970 / 0.964 / 1.000 (47/47) at 9528a7f and with
  // rounds 85-90: all three targets met unseen; after round 91, 0.982 / 0.976 / 1.000.
  { file: `${GEN}/holdout143.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.97, 1] },
  // holdout144 (session 22, written before it was run): first run 0.935 / 0.940 / 0.911 (51/56) at 9528a7f and with
  // rounds 85-91; after round 92, 0.970 / 0.970 / 0.964.
  { file: `${GEN}/holdout144.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.96] },
  // holdout145 (session 22, written before it was run): first run 0.958 / 0.952 / 0.920 (46/50) at 9528a7f, 0.952 /
  // 0.946 / 0.918 with rounds 85-91 (one lead round 85 turned wrong); after round 92, 0.982 / 0.976 / 0.940.
  { file: `${GEN}/holdout145.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.97, 0.94] },
  // holdout146 (session 23, written before it was run): first run 0.952 / 0.952 / 0.957 (44/46) at 0de0d5d; after
  // round 93, 0.964 / 0.970 / 0.978.
  { file: `${GEN}/holdout146.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.97, 0.97] },
  // holdout147 (session 23, written before it was run): first run 0.952 / 0.958 / 0.906 (48/53) at 0de0d5d; after
  // round 93, 0.970 / 0.970 / 0.925; after round 96, 0.976 / 0.976 / 0.942.
  { file: `${GEN}/holdout147.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.94] },
  // holdout148 (session 23, written before it was run): first run 0.935 / 0.940 / 0.940 (47/50) at 0de0d5d and with
  // round 93; after round 94, 0.970 / 0.970 / 0.942; after round 96, 0.982 / 0.982 / 0.980.
  { file: `${GEN}/holdout148.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.98, 0.98] },
  // holdout149 (session 23, written before it was run): first run 0.929 / 0.946 / 0.929 (39/42) at 0de0d5d and with
  // round 93; after round 94, 0.958 / 0.964 / 0.952; after round 96, 0.970 / 0.976 / 1.000.
  { file: `${GEN}/holdout149.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 1] },
  // holdout150 (session 23, written before it was run): first run 0.964 / 0.958 / 0.958 (46/48) at 0de0d5d, 0.970 /
  // 0.964 / 0.958 with rounds 93-94; after round 95, 0.982 / 0.976 / 0.979.
  { file: `${GEN}/holdout150.jsonl`, profiles: `${GEN}/profiles`, floor: [0.98, 0.97, 0.97] },
  // holdout151 (session 23, written before it was run): first run 0.935 / 0.929 / 0.979 (47/48) at 0de0d5d and with
  // rounds 93-94; after round 95, 0.946 / 0.946 / 0.980.
  { file: `${GEN}/holdout151.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.94, 0.98] },
  // holdout152 (session 23, written before it was run): first run 0.935 / 0.935 / 0.939 (46/49) at 0de0d5d and with
  // rounds 93-95; 0.940 / 0.940 / 0.958 (46/48) with round 96, also written before this set was read.
  { file: `${GEN}/holdout152.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.94, 0.95] },
  // holdout153 (session 23, written before it was run): first run 0.952 / 0.952 / 0.880 (44/50) at 0de0d5d and with
  // rounds 93-95.
  { file: `${GEN}/holdout153.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 0.88] },
  // holdout154 (session 23, written before it was run): first run 0.952 / 0.946 / 0.957 (45/47) at 0de0d5d and with
  // rounds 93-96; after round 97, 0.976 / 0.976 / 0.979.
  { file: `${GEN}/holdout154.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.97, 0.97] },
  // holdout155 (session 23, written before it was run): first run 0.946 / 0.935 / 0.915 (43/47) at 0de0d5d and with
  // rounds 93-96; after round 97, 0.958 / 0.946 / 0.917.
  { file: `${GEN}/holdout155.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.94, 0.91] },
  // holdout156 (session 23, written before it was run): first run 0.946 / 0.952 / 0.935 (43/46) at 0de0d5d, 0.952 /
  // 0.958 / 0.936 (44/47) with rounds 93-97.
  { file: `${GEN}/holdout156.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 0.93] },
  // holdout157 (session 23, written before it was run): first run 0.964 / 0.958 / 0.943 (50/53) at 0de0d5d, 0.970 /
  // 0.964 / 0.962 (50/52) with rounds 93-97.
  { file: `${GEN}/holdout157.jsonl`, profiles: `${GEN}/profiles`, floor: [0.97, 0.96, 0.96] },
  // holdout158 (session 24, written before it was run): first run 0.935 / 0.929 / 0.870 (40/46) at 5e28a6a, 0.958 /
  // 0.964 / 0.913 (42/46) after round 98.
  { file: `${GEN}/holdout158.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.96, 0.91] },
  // holdout159 (session 24, written before it was run): first run 0.940 / 0.946 / 0.893 (50/56) at 5e28a6a, 0.946 /
  // 0.952 / 0.909 (50/55) after round 98, 0.952 / 0.958 / 0.911 (51/56) after rounds 99-100.
  { file: `${GEN}/holdout159.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 0.91] },
  // holdout160 (session 24, written before it was run): first run 0.917 / 0.923 / 0.913 (42/46) at 5e28a6a; the same
  // with rounds 98-99, written before it was read; 0.964 / 0.964 / 0.957 (45/47) after round 100; 0.958 since the learned
  // non-buyer reading was retrained with holdout192-193 (session 27), which reads en158's vendor pitch as a buyer's.
  { file: `${GEN}/holdout160.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 0.95] },
  // holdout161 (session 24, written before it was run): first run 0.935 / 0.935 / 0.941 (48/51) at 5e28a6a; the same
  // with rounds 98-99, written before it was read; 0.940 / 0.940 / 0.941 after round 100.
  { file: `${GEN}/holdout161.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.94, 0.94] },
  // holdout162 (session 24, written before it was run): first run 0.923 / 0.929 / 0.894 (42/47) at 5e28a6a; the same
  // with rounds 98-101, written before it was read; 0.946 / 0.952 / 0.936 (44/47) after round 102.
  { file: `${GEN}/holdout162.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.95, 0.93] },
  // holdout163 (session 24, written before it was run): first run 0.923 / 0.940 / 0.949 (37/39) at 5e28a6a, 0.929 /
  // 0.946 / 0.950 (38/40) with rounds 98-102, written before it was read.
  { file: `${GEN}/holdout163.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.94, 0.95] },
  // holdout164 (session 25, written before it was run): first run 0.917 / 0.917 / 0.957 (45/47) at b65c213; the same
  // at 8e656a2 (the round-103 changes, written before this set was read).
  { file: `${GEN}/holdout164.jsonl`, profiles: `${GEN}/profiles`, floor: [0.91, 0.91, 0.95] },
  // holdout165 (session 25, written before it was run): first run 0.964 / 0.964 / 1.000 (44/44) at b65c213; the same
  // at 8e656a2.
  { file: `${GEN}/holdout165.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.96, 1.0] },
  // holdout166 (session 25, written before it was run): first run 0.881 / 0.881 / 0.820 (41/50) at b65c213; the same
  // with rounds 103-104 (written before this set was read).
  { file: `${GEN}/holdout166.jsonl`, profiles: `${GEN}/profiles`, floor: [0.88, 0.88, 0.82] },
  // holdout167 (session 25, written before it was run): first run 0.958 / 0.952 / 0.894 (42/47) at b65c213; the same
  // with rounds 103-104.
  { file: `${GEN}/holdout167.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 0.89] },
  // holdout168 (session 25, written before it was run): first run 0.958 / 0.970 / 0.979 (46/47) at b65c213, 0.964 /
  // 0.976 / 1.000 (46/46) with rounds 103-105 (written before this set was read).
  { file: `${GEN}/holdout168.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.97, 1.0] },
  // holdout169 (session 25, written before it was run): first run 0.952 / 0.946 / 0.938 (45/48) at b65c213; the same
  // with rounds 103-106 (written before this set was read).
  { file: `${GEN}/holdout169.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.94, 0.93] },
  // holdout170 (session 25, written before it was run): first run 0.935 / 0.929 / 0.915 (43/47) at b65c213, 0.940 /
  // 0.935 / 0.935 (43/46) with rounds 103-107 (written before this set was read).
  { file: `${GEN}/holdout170.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.93, 0.93] },
  // holdout171 (session 25, written before it was run): first run 0.905 / 0.905 / 0.941 (48/51) at b65c213, 0.935 /
  // 0.935 / 0.945 (52/55) with rounds 103-107.
  { file: `${GEN}/holdout171.jsonl`, profiles: `${GEN}/profiles`, floor: [0.93, 0.93, 0.94] },
  // holdout172 (session 25, written before it was run): first run 0.911 / 0.917 / 0.847 (50/59) at b65c213; the same
  // with rounds 103-109 (written before this set was read).
  { file: `${GEN}/holdout172.jsonl`, profiles: `${GEN}/profiles`, floor: [0.91, 0.91, 0.84] },
  // holdout173 (session 25, written before it was run): first run 0.929 / 0.917 / 0.958 (46/48) at b65c213, 0.935 /
  // 0.923 / 0.958 (46/48) with rounds 103-108 (written before this set was read).
  { file: `${GEN}/holdout173.jsonl`, profiles: `${GEN}/profiles`, floor: [0.93, 0.92, 0.95] },
  // holdout176 (session 26, written before it was run): first run 0.935 / 0.929 / 0.920 (46/50) at b65de38 (session
  // start); 0.964 / 0.970 / 0.911 (51/56) after round 110, written from it (the glossary's "catación" = cupping finds
  // fd086's need and also fd112's off-target barista course).
  { file: `${GEN}/holdout176.jsonl`, profiles: `${GEN}/profiles`, floor: [0.96, 0.97, 0.91] },
  // holdout174 (session 26, written before it was run): first run 0.923 / 0.917 / 0.955 (42/44) at b65de38 (session
  // start); the same with round 110 (written before this set was read).
  { file: `${GEN}/holdout174.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.91, 0.95] },
  // holdout177 (session 26, written before it was run): first run 0.905 / 0.905 / 0.917 (44/48) at b65de38 (session
  // start); the same with round 110 (written before this set was read). standsferiaes (Barcelona trade-fair stands)
  // is a trade standsmx (holdout31, Mexico) already had, in another country.
  { file: `${GEN}/holdout177.jsonl`, profiles: `${GEN}/profiles`, floor: [0.9, 0.9, 0.91] },
  // holdout175 (session 26, written before it was run): first run 0.952 / 0.958 / 0.957 (44/46) at b65de38 (session
  // start); the same with round 110 (written before this set was read).
  { file: `${GEN}/holdout175.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.95, 0.95] },
  // holdout178 (session 26, written before it was run): first run 0.899 / 0.899 / 0.885 (46/52) at b65de38 (session
  // start), 0.905 / 0.905 / 0.887 (47/53) with rounds 110-112 (written before this set was read).
  { file: `${GEN}/holdout178.jsonl`, profiles: `${GEN}/profiles`, floor: [0.9, 0.9, 0.88] },
  // holdout179 (session 26, written before it was run): first run 0.905 / 0.899 / 0.952 (40/42) at b65de38 (session
  // start), 0.911 / 0.905 / 0.953 (41/43) with rounds 110-112 (written before this set was read).
  { file: `${GEN}/holdout179.jsonl`, profiles: `${GEN}/profiles`, floor: [0.91, 0.9, 0.95] },
  // holdout180 (session 26, written before it was run): first run 0.929 / 0.929 / 1.000 (39/39) at b65de38 (session
  // start), the same with rounds 110-112 (written before this set was read).
  { file: `${GEN}/holdout180.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.92, 1] },
  // holdout181 (session 26, written before it was run): first run 0.935 / 0.940 / 0.938 (45/48) at b65de38 (session
  // start), 0.929 / 0.940 / 0.938 (45/48) with rounds 110-112 (written before this set was read).
  { file: `${GEN}/holdout181.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.94, 0.93] },
  // holdout183 (session 26, written before it was run): first run 0.869 / 0.857 / 0.900 (45/50) at b65de38 (session
  // start), the same with rounds 110-113 (written before this set was read).
  { file: `${GEN}/holdout183.jsonl`, profiles: `${GEN}/profiles`, floor: [0.86, 0.85, 0.9] },
  // holdout184 (session 26, written before it was run): first run 0.887 / 0.881 / 0.933 (42/45) at b65de38 (session
  // start), 0.893 / 0.887 / 0.935 (43/46) with rounds 110-113 (written before this set was read).
  { file: `${GEN}/holdout184.jsonl`, profiles: `${GEN}/profiles`, floor: [0.89, 0.88, 0.93] },
  // holdout185 (session 26, written before it was run): first run 0.917 / 0.929 / 0.933 (42/45) at b65de38 (session
  // start), 0.923 / 0.935 / 0.933 (42/45) with rounds 110-113 (written before this set was read).
  { file: `${GEN}/holdout185.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.93, 0.93] },
  // holdout182 (session 26, written before it was run): first run 0.952 / 0.940 / 0.904 (47/52) at b65de38 (session
  // start), the same with rounds 110-113 (written before this set was read).
  { file: `${GEN}/holdout182.jsonl`, profiles: `${GEN}/profiles`, floor: [0.95, 0.94, 0.9] },
  // holdout188 (session 26, written before it was run): first run 0.923 / 0.923 / 0.913 (42/46) at b65de38 (session
  // start), 0.929 / 0.929 / 0.913 (42/46) with rounds 110-114 (written before this set was read).
  { file: `${GEN}/holdout188.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.92, 0.91] },
  // holdout189 (session 26, written before it was run): first run 0.935 / 0.935 / 0.977 (43/44) at b65de38 (session
  // start), the same with rounds 110-114 (written before this set was read).
  { file: `${GEN}/holdout189.jsonl`, profiles: `${GEN}/profiles`, floor: [0.93, 0.93, 0.97] },
  // holdout186 (session 26, written before it was run): first run 0.946 / 0.946 / 0.938 (45/48) at b65de38 (session
  // start), the same with rounds 110-115 (written before this set was read).
  { file: `${GEN}/holdout186.jsonl`, profiles: `${GEN}/profiles`, floor: [0.94, 0.94, 0.93] },
  // holdout187 (session 26, written before it was run): first run 0.911 / 0.911 / 0.900 (45/50) at b65de38 (session
  // start), the same with rounds 110-115 (written before this set was read).
  { file: `${GEN}/holdout187.jsonl`, profiles: `${GEN}/profiles`, floor: [0.91, 0.91, 0.9] },
  // holdout190 (session 27, written before it was run): first run 0.917 / 0.917 / 0.911 (41/45) at 368b04a (session
  // start). Its solvent recycler is the trade of recuperacionsolventesmx (holdout set of an earlier session) in
  // another country and language.
  { file: `${GEN}/holdout190.jsonl`, profiles: `${GEN}/profiles`, floor: [0.91, 0.91, 0.91] },
  // holdout192 (session 27, written before it was run): first run 0.899 / 0.899 / 0.913 (42/46) at 368b04a (session
  // start).
  { file: `${GEN}/holdout192.jsonl`, profiles: `${GEN}/profiles`, floor: [0.89, 0.89, 0.91] },
  // holdout193 (session 27, written before it was run): first run 0.893 / 0.893 / 0.918 (45/49) at 368b04a (session
  // start).
  { file: `${GEN}/holdout193.jsonl`, profiles: `${GEN}/profiles`, floor: [0.89, 0.89, 0.91] },
  // holdout191 (session 27, written before it was run): first run 0.923 / 0.929 / 0.944 (34/36) at 368b04a (session
  // start).
  { file: `${GEN}/holdout191.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.92, 0.94] },
  // holdout194 (session 27, written before it was run): first run 0.893 / 0.899 / 0.925 (37/40) at 368b04a (session
  // start), the same with round 118 (written before this set was read).
  { file: `${GEN}/holdout194.jsonl`, profiles: `${GEN}/profiles`, floor: [0.89, 0.89, 0.92] },
  // holdout195 (session 27, written before it was run): first run 0.917 / 0.905 / 0.925 (37/40) at 368b04a (session
  // start), 0.923 / 0.911 / 0.925 with round 118 (written before this set was read).
  { file: `${GEN}/holdout195.jsonl`, profiles: `${GEN}/profiles`, floor: [0.91, 0.9, 0.92] },
  // holdout196 (session 27, written before it was run): first run 0.917 / 0.923 / 0.957 (44/46) at 368b04a (session
  // start), the same with round 118 (written before this set was read).
  { file: `${GEN}/holdout196.jsonl`, profiles: `${GEN}/profiles`, floor: [0.91, 0.92, 0.95] },
  // holdout197 (session 27, written before it was run): first run 0.905 / 0.905 / 0.895 (34/38) at 368b04a (session
  // start), the same with round 118 (written before this set was read).
  { file: `${GEN}/holdout197.jsonl`, profiles: `${GEN}/profiles`, floor: [0.9, 0.9, 0.89] },
  // holdout198 (session 27, written before it was run): first run 0.887 / 0.899 / 0.882 (45/51) at 368b04a (session
  // start), the same with rounds 118-119 (written before this set was read).
  { file: `${GEN}/holdout198.jsonl`, profiles: `${GEN}/profiles`, floor: [0.88, 0.89, 0.88] },
  // holdout199 (session 27, written before it was run): first run 0.935 / 0.940 / 0.978 (45/46) at 368b04a (session
  // start), 0.935 / 0.935 / 0.978 with rounds 118-119 (written before this set was read).
  { file: `${GEN}/holdout199.jsonl`, profiles: `${GEN}/profiles`, floor: [0.93, 0.93, 0.97] },
  // holdout201 (session 27, written before it was run): first run 0.905 / 0.911 / 0.978 (45/46) at 368b04a (session
  // start), the same with rounds 118-119 (written before this set was read).
  { file: `${GEN}/holdout201.jsonl`, profiles: `${GEN}/profiles`, floor: [0.9, 0.91, 0.97] },
  // holdout200 (session 27, written before it was run): first run 0.923 / 0.929 / 0.852 (46/54) at 368b04a (session
  // start), the same with rounds 118-119 (written before this set was read).
  { file: `${GEN}/holdout200.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.92, 0.85] },
  // holdout204 (session 27, written before it was run): first run 0.935 / 0.935 / 0.975 (39/40) at 368b04a (session
  // start), 0.935 / 0.935 / 0.976 (40/41) with rounds 118-120 (written before this set was read).
  { file: `${GEN}/holdout204.jsonl`, profiles: `${GEN}/profiles`, floor: [0.93, 0.93, 0.97] },
  // holdout202 (session 27, written before it was run): first run 0.923 / 0.923 / 0.953 (41/43) at 368b04a (session
  // start), 0.929 / 0.929 / 0.953 (41/43) with rounds 118-121 (written before this set was read).
  { file: `${GEN}/holdout202.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.92, 0.95] },
  // holdout205 (session 27, written before it was run): first run 0.923 / 0.923 / 0.977 (42/43) at 368b04a (session
  // start), 0.935 / 0.929 / 0.977 (42/43) with rounds 118-121 (written before this set was read).
  { file: `${GEN}/holdout205.jsonl`, profiles: `${GEN}/profiles`, floor: [0.92, 0.92, 0.97] },
  // holdout203 (session 27, written before it was run): first run 0.905 / 0.905 / 0.905 (38/42) at 368b04a (session
  // start), 0.911 / 0.911 / 0.905 (38/42) with rounds 118-121 (written before this set was read).
  { file: `${GEN}/holdout203.jsonl`, profiles: `${GEN}/profiles`, floor: [0.9, 0.9, 0.9] },
  { file: 'tools/cli/eval/other-sellers.jsonl', profiles: 'tools/cli/eval/profiles', floor: [1, 1, 1] },
];

interface Line {
  id: string;
  profile: string;
  lead: LeadInput;
  expected: ExpectedLabels;
}

describe.each(SETS)('rules on $file', ({ file, profiles, floor }) => {
  const lines = readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
  const profileCache = new Map<string, CompanyProfile>();
  const profileOf = (id: string) => {
    let p = profileCache.get(id);
    if (!p) profileCache.set(id, (p = JSON.parse(readFileSync(join(ROOT, profiles, `${id}.json`), 'utf8')) as CompanyProfile));
    return p;
  };
  const rows: EvalRow[] = lines.map((l) => ({ id: l.id, expected: l.expected, result: classifyWithRules(l.lead, profileOf(l.profile)) }));
  const report = scoreEval(rows);
  const wrong = rows.filter((r) => r.result.stage !== r.expected.stage || r.result.priority !== r.expected.priority).map((r) => `${r.id}: ${r.expected.stage}/${r.expected.priority} → ${r.result.stage}/${r.result.priority}`);

  it(`stage accuracy stays at or above ${floor[0]} (misread: ${wrong.length})`, () => {
    expect(report.stageAccuracy >= floor[0] - 1e-9 ? 'ok' : { stageAccuracy: report.stageAccuracy, wrong }).toBe('ok');
  });
  it(`priority accuracy stays at or above ${floor[1]}`, () => {
    expect(report.priorityAccuracy >= floor[1] - 1e-9 ? 'ok' : { priorityAccuracy: report.priorityAccuracy, wrong }).toBe('ok');
  });
  it(`SQL precision stays at or above ${floor[2]}`, () => {
    expect(report.sqlPrecision >= floor[2] - 1e-9 ? 'ok' : { sqlPrecision: report.sqlPrecision, wrong }).toBe('ok');
  });
});
