"""check(question, draft) -> verdict per sentence, for any draft, whoever wrote it.

Every unit of the draft gets one verdict:
- *quote*: a quoted line ("> …") or an inline “quote” of 8 characters or more, verbatim in the
  sources;
- *verified*: a rule claim the rule data supports (naming the row), or a sentence the support test
  finds in a passage (naming it);
- *framing*: a sentence that asserts nothing (see `rules.checking.sentences`);
- *unsupported*: anything else. One unsupported unit fails the draft.
Beyond the sentences, a draft that states the decision must cite the articles it rests on, and
every article it names must exist.

The checker is handed the text it checks against (`SourceSet`, built from the index the answer
came from); it reads no files, so a regulation ingested today is checked like the seed one.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .checking import wording_place as r13c_WP
from .checking import enumerations as szalarm6_EN
from .checking import same_treatment as wmiss7_ST
from .checking import lead_denied as wing2_LD
from .checking import negated_ask as g18alarm_NA
from .checking import referred_consequence as g18alarm_RC
from .checking import absence as A
from .checking import quoted_tail as alarms16_QT
from .checking import letter_forms as alarms16_LF
from .checking import level_not_body as alarms16_LB
from .checking import quoted_absence as alarms16_QA
from .checking import declined_cut as alarms16_DC
from .checking import limit_absent as alarms16_LA
from .checking import outside_text as alarms16_OT
from .checking import unlisted_members as alarms16_UM
from .checking import modal_word as alarms16_MW
from .checking import lead_subject as galarm4_LS
from .checking import reference_gloss as galarm4_RG
from .checking import applied_label as galarm5_AL
from .checking import self_asked as alarms16_SA
from .checking import enactment_basis as alarms16_EB
from .checking import chapters as H
from .checking import same_sentence as oldsz_SS
from .checking import article_half as oldsz_AH
from .checking import alias_site as oldsz_AS
from .checking import single_mention as oldsz_SM
from .checking import outside_reach as oldsz_OR
from .checking import own_subject as oldsz_OS
from .checking import chapter_list as oldsz_CL
from .checking import frontmatter as FM
from .checking import swaps as SW
from .checking import members as MB
from .checking import citing as G
from .checking import inclusions as I
from .checking import items as L
from .checking import claims as C
from .checking import elsewhere as O
from .checking import ellipsis as E
from .checking.counted import counted_list
from .checking import headed_list as r22alarm_HL
from .checking import apposed_count as r22alarm_AC
from .checking import quoted_cut as r22alarm_QC
from .checking import denied_wording as r22alarm_DW
from .checking import cut_beside as r22alarm_CB
from .checking import parallel_groups as r22alarm_PG
from .checking import year_pairs as r22alarm_YP
from .checking import order_asked as wmiss11_OA
from .checking import quoted_date as r23alarm_QD
from .checking import alias_meant as r23alarm_AM
from .checking import negated_topic as r23alarm_NT
from .checking import drawn_conclusion as r23alarm_DC
from .checking import sole_article as r23alarm_SA
from .checking import glosses as GL
from .checking import relations as R
from .checking import names as T
from .checking.corrections import corrected
from .checking.restatement import weakened
from .checking.sentences import INLINE_QUOTE, MIN_QUOTE, Unit, is_choice, is_framing, offer_topic, units
from .checking.sources import SourceSet, SourceText, bare, squash
from .checking import distinct as D
from .checking import membership as M
from .checking import partitions as P
from .checking import ranges as ZR
from .checking import glossed as ZG
from .checking import criterion as ZC
from .checking import inline_list as ZL
from .checking import per_article as r8b_per_article
from .checking import residual as r8b_residual
from .checking import denied_topic as r8b_denied_topic
from .checking import sides as r8b_sides
from .checking import not_only as ZN
from .checking import parts_count as ZP
from .checking import verdicts as V
from .checking import tiers as TI
from .checking import unnamed as ig_unnamed
from .checking import same_meaning as gaps8_same
from .checking import applied_ways as para_ways
from .checking import composition as gaps8_made
from .checking import uncovered as gaps8_uncovered
from .checking import unknowable as gaps8_unknown
from .checking import partitioned as gaps8_parts
from .checking import levels_said as gaps8_levels
from .checking import occurrences as gaps8_once
from .checking import law_articles
from .checking import manner as gaps8_manner

from .checking import focus as ingchk_focus
from .checking import numerals as ingchk_numerals
from .checking import aligned as ingchk_aligned
from .checking import plain as ingchk_plain
from .checking import level_body as g16alarm_LB
from .checking import period_sum as g16alarm_PS
from .checking import referred_provisions as g16alarm_RP
from .checking import exception_members as g16alarm_EM
from .checking import defined_bounds as reg7alarm_bounds
from .checking import referring as reg4alarm_RF
from .checking import count_lead as reg4alarm_CL

from .checking import figures_absent as r8miss_FA
from .checking import figures_after as r10miss_FF
from .checking import pointer as alarmsing_PT
from .checking import list_anaphor as alarmsing_LA
from .checking import item_severities as r10miss_IS
from .checking import waits_for as r10miss_WF
from .checking import appositions as r10miss_AP
from .checking import outside_held as r10miss_OH
from .checking import article_total as r8miss_AC
from .checking import speaker as r8miss_SP
from .checking import which_article as r8miss_WA
from .checking import decider as r8miss_DC
from .checking import borrowed_decider as miss15b_BD
from .checking import only_alternatives as miss15b_OA
from .checking import roles_said as r8miss_RS
from .checking import listed_above as r20miss_LA
from .checking import scope_lead as r8miss_SL
from .checking import situation_count as r9miss_SC
from .checking import only_member as r9miss_OM
from .checking import scope_excluded as r9miss_SX
from .checking import time_limits as r9miss_TL
from .checking import every_severity as r9miss_ES
from .checking import merged_group as r9miss_MG

from .checking import convened as R8A_CV
from .checking import levels as R8A_LV
from .checking import so_required as r20alarmA_SR
from .checking import absence_pair as r20alarmA_AP
from .checking import titled_lead as r20alarmA_TL
from .checking import numbered as R8A_NO
from .checking import within as R8A_WI
from .checking import paragraphs as R8A_PG
from .checking import paragraph_count as wcalarm2_PC
from .checking import labelled_quote as wcalarm2_LQ
from .checking import not_included as wcalarm2_NI
from .checking import carried as R8A_CR
from .checking import clefts as R8A_CL
from .checking import concessive as R8A_CN
from .checking import ordinals as R8A_OR
from .checking import beforehand as R8A_BH
from .checking import basis_disposal as szalarm_BD
from .checking import rest_members as szalarm_RM
from .checking import counted_articles as szalarm_CA
from .checking import consistent as r9alarmB_consistent
from .checking import alias_defined as r9alarmB_alias
from .checking import looked_at as r9alarmB_looked
from .checking import unknown_asked as r9alarmB_unknown
from .checking import attributed as r9alarmB_attributed
from .checking import advice as r9a_advice
from .checking import unanswerable as r9a_unanswerable
from .checking import figure_units as reg4miss_FU
from .checking import parallel as reg4miss_PL
from .checking import tails as reg4miss_TL
from .checking import universal as reg4miss_UN
from .checking import hedges as sa_hedges
from .checking import figure_home as sa_figure_home
from .checking import case_figure_sibling as g16miss_CS
from .checking import title_predicate as wping_TP
from .checking import sibling_items as galarm_SI
from .checking import referred_item as galarm_RI
from .checking import case_figure_bound as galarm_CF
from .checking import derived_figure as galarm_DF
from .checking import article_abbrev as g15alarm_AA
from .checking import citing_row as g15alarm_CR
from .checking import excepted_articles as oldreg_EA
from .checking import excepted_item as regalarm3_EI
from .checking import case_in_range as regalarm3_CR
from .checking import not_in_list as regalarm3_NL
from .checking import defined_names as g15alarm_DN
from .checking import per_unit_total as g15alarm_PT
from .checking import class_threshold as g15alarm_CT
from .checking import table_case as g17alarm_TC
from .checking import special_case as reg4miss_SC
from .checking import body_swap as reg4miss_BS
from .checking import listed_members as reg4miss_LM
from .checking import heading_restated as r13b_HR
from .checking import beyond_cut as r13b_BC
from .checking import linking as r13b_LK
from .checking import bounded_answer as holes9_bound
from .checking import counted_items as r10alarmB_CI
from .checking import alias_used as r10alarmB_AU
from .checking import only_title as r10alarmB_OT
from .checking import table_lead as r10alarmB_TL
from .checking import graded_remarks as r10alarmB_GR
from .checking import reference_phrases as reg6alarm_RP
from .checking import case_bounds as regalarm_CB
from .checking import sufficient_condition as g12alarm_SC
from .checking import cited_lead as g12alarm_CL
from .checking import placed_case as wcalarm_PC
from .checking import absence_topic as wcalarm_AT
from .checking import own_short as wcalarm_OS
from .checking import item_refs as wcalarm_IR
from .checking import short_titles as regalarm_ST
from .checking import day_kinds as regalarm_DK
from .checking import inline_marks as regalarm_IM
from .checking import inapplicable as regalarm_NA
from .checking import item_membership as reg6alarm_IM
from .checking import marking as reg6alarm_MK
from .checking import scope_bodies as holes9_scope
from .checking import exhaustive as holes9_lists
from .checking import short_answers as SA
from .checking import chosen_alternative as r28alarm_CA
from .checking import counted_answer as r28alarm_CN
from .checking import alias_gloss as r28alarm_AG
from .checking import lead_bears as holesa_bears
from .checking import absence_rest as holesa_AR
from .checking import quoted_case as holesa_QC
from .checking import crossed_heading as holesa_CH
from .checking import said_not as SN
from .checking import combining as r10alarmA_CB
from .checking import list_ends as r10alarmA_LE
from .checking import clause_paragraphs as r10alarmA_CP
from .checking import viewpoints as r10alarmA_VP
from .checking import table_roles as r10alarmA_TR
from .checking import convening_compared as r10alarmA_CC
from .checking import consequence_ellipsis as r10alarmA_CE
from .checking import severity_compared as r10alarmA_SV
from .checking import cited_items as reg5_items
from .checking import announced as ctx_announced
from .checking import echoed_answer as ctx_echo
from .checking import antecedent as ctx_antecedent
from .checking import each_article as r13a_each_article
from .checking import turns as r13a_turns
from .checking import unknown_field as UF
from .checking import word_force as ctx_force
from .checking import topic_lead as ctx_topic
from .checking import outside_referred as oldreg_OR
from .checking import approval as reg5_approval
from .checking import holders as reg6miss_holders
from .checking import scope_sides as reg6miss_scope_sides
from .checking import inline_count as reg6miss_inline_count
from .checking import inline_count as g17alarm_IC
from .checking import only_dropped as reg6miss_only_dropped
from .checking import figure_bound as reg6miss_figure_bound
from .checking import defined_inclusion as g19miss_DI
from .checking import no_exception as g19miss_NE
from .checking import pointed_to as reg6miss_pointed_to
from .checking import asked_figure as reg6miss_AF
from .checking import classed as reg6miss_classed
from .checking import any_one as g23alarm_AO
from .checking import violation_gloss as g23alarm_VG
from .checking import labelled as reg6miss_labelled
from .checking import exceptions_asked as reg6miss_exceptions
from .checking import quoted_term as miss_quoted_term
from .checking import qualifier_dropped as miss_qualifier
from .checking import permitted_contrary as miss_permitted
from .checking import sibling_cases as miss_siblings
from .checking import paragraph_named as miss_paragraph
from .checking import quoted_clauses as szalarm_QC
from .checking import numbered_heading as szalarm_NH
from .checking import short_docnumber as szalarm_SD
from .checking import bracketed as szalarm_BK
from .checking import unavailable as r12alarmB_UA
from .checking import exception_dropped as miss2_ED
from .checking import act_count as miss2_AC
from .checking import distributed as miss2_DI
from .checking import set_conditions as miss2_SC
from .checking import dialogue as miss2_DL
from .checking import ordered_steps as miss2_OS
from .checking import question_restated as r12alarmA_QR
from .checking import question_located as alarms15b_QL
from .checking import any_of_list as r12alarmA_AO
from .checking import own_place as r12alarmA_OP
from .checking import division_basis as r12alarmA_DB
from .checking import enumerated_tally as r12alarmA_ET
from .checking import referred_term as galarm6_RT
from .checking import denied_subdivision as g21alarm_DS
from .checking import article_shape as r12alarmA_AS
from .checking import redirected as r12alarmA_RD
from .checking import renumbered as passes_RN
from .checking import provisos as passes_PV
from .checking import by_reference as holesb_BR
from .checking import added_consequence as holesb_AC
from .checking import situation_anaphor as holesb_SA
from .checking import case_predicate as holes17_CP
from .checking import item_case as holes17_IC
from .checking import cleft_case as holes17_CC
from .checking import decision_maker as holesb_DM
from .checking import lead_article as holesb_LA
from .checking import ownership as holesb_OW
from .checking import attached as holesb_AT
from .checking import role_composed as holesb_RC
from .checking import workday_unit as g9pass_WU
from .checking import every_n as g9pass_EN
from .checking import lead_items as r17miss_LI
from .checking import inline_items as r23miss_II
from .checking import article_span as r17miss_AS
from .checking import excluded_case as r17miss_EC
from .checking import inserted_member as r17miss_IM
from .checking import paired_figures as r19miss_PF
from .checking import period_swapped as r19miss_PS
from .checking import list_elsewhere as r19miss_LE
from .checking import pronoun_topic as r19miss_PT
from .checking import basis_denied as r19miss_BD
from .checking import case_unmeasured as r19miss_CU
from .checking import basis_title as r19miss_BT
from .checking import mention_denied as r19miss_MD
from .checking import in_step as r17miss_IS
from .checking import passage_held as wpsz_PH
from .checking import step_partner as wpsz_SP
from .checking import listed_answer as wpsz_LA
from .checking import made_by as g9pass_MB

from .checking import quoted_subject as quotedneg_QS
from .checking import exempt_conditions as passes_EC
from .checking import whole_missing as r14pass_WM
from .checking import halting as rest14_HL
from .checking import restricted_class as rest14_RC
from .checking import referred_set as rest14_RS
from .checking import one_clause as clauses_OC
from .checking import table_rows as table_TR
from .checking import group_count as table_GC
from .checking import before_after as table_BA
from .checking import swapped_term as lfmiss_ST
from .checking import approval_said as lfmiss_AS
from .checking import duty_denied as lfmiss_DD
from .checking import defined_class as lfmiss_DC
from .checking import case_lead as lfmiss_CL
from .checking import item_opening as itemref_IO
from .checking import relative_referent as g14miss_RR
from .checking import not_precluded as g14miss_NP
from .checking import topic_agent as g14miss_TA
from .checking import cited_item_case as g14miss_CI
from .checking import only_duty as g14miss_OD
from .checking import only_written as wmiss9_OW
from .checking import rate_figure as g15miss_RF
from .checking import unbounded_term as g15miss_UT
from .checking import subject_swap as g15miss_SS
from .checking import party_measure as g15miss_PM
from .checking import universal_agent as g15miss_UA
from .checking import bar_scope as g15miss_BS
from .checking import range_point as heldmiss_RP
from .checking import barred_party as heldmiss_BP
from .checking import sibling_bound as g15miss_SB
from .checking import quoted_group_body as g15miss_QG
from .checking import only_one as g14miss_O1
from .checking import bound_moved as g14miss_BM
from .checking import excepted_included as g14miss_EI
from .checking import excepted_benefit as wsz3_EB
from .checking import joint_bodies as wsz3_JB
from .checking import condition_part_dropped as wsz3_CD
from .checking import connective as wsz4_CN
from .checking import case_body as wsz4_CB
from .checking import bound_added as wsz4_BA
from .checking import sanction_grade as wsz4_SG
from .checking import count_absent as wsz4_CA
from .checking import basis_of_act as wsz4_BO
from .checking import partner_of_act as wsz4_PA
from .checking import case_dropped as wsz4_CX
from .checking import ref_act as wsz4_RA
from .checking import direct_yes as wsz4_DY
from .checking import mentioned_in as r21miss_MI
from .checking import owed_to as r21miss_OT
from .checking import basis_named as r21miss_BN
from .checking import every_grade as r21miss_EG
from .checking import external_articles as r21miss_EA
from .checking import named_as as r21miss_NA
from .checking import defined_members as r22miss_DM
from .checking import condition_denied as r22miss_CD
from .checking import membership_denied as r22miss_MD
from .checking import figure_subject as r22miss_FS
from .checking import graded_clauses as g17miss_GC
from .checking import reference_frame as g17miss_RF
from .checking import definition_swap as g17miss_DS
from .checking import denied_member as heldmiss2_DM
from .checking import bare_item as heldmiss2_BI
from .checking import excluded_items as wmiss8_EC
from .checking import sentence_figures as g17miss_SF
from .checking import joined_measures as g17miss_JM
from .checking import party_measure as g18miss_PM
from .checking import manner_reversed as g18miss_MR
from .checking import case_bound_turned as g18miss_CB
from .checking import referent_words as g17miss_RW
from .checking import shared_topic as g17miss_ST
from .checking import cited_provision as g10miss_CP
from .checking import basis_chain as g19alarm_BC
from .checking import absence_decided as g10miss_AD
from .checking import regardless as g10miss_RG
from .checking import quote_under_label as r15miss_QL
from .checking import document_numbers as r15miss_DN
from .checking import exclusive_list as r15miss_XL
from .checking import cut_alternative as szmiss_CA
from .checking import covered_articles as szmiss_CV
from .checking import modal_polarity as szmiss_MP
from .checking import and_its as szmiss_AI
from .checking.tables import table_units
from .checking.wholes import denied_elsewhere
from .checking import paragraph_lines as R15_PARAS
from .checking import md_heading as r15_MH
from .checking import referral_details as r17alarm_RD
from .checking import named_only as r19alarm_NO
from .checking import quoted_roster as r19alarm_QR
from .checking import review_remarks as r17alarm_RR
from .checking import elided_quote as r18alarm_EQ
from .checking import summary_lead as r18alarm_SL
from .checking import set_procedures as r18alarm_SP
from .checking import number_anaphor as r18alarm_DN
from .checking import terms_used as r18alarm_TU
from .checking import meeting_verb as r18alarm_MV
from .checking import colloquial_refs as r18alarm_CR
from .checking import emphatic_itself as r20alarmB_EI
from .checking import quoted_instrument as r20alarmB_QI
from .checking import document_topics as r20alarmB_DT
from .checking import question_antecedent as r20alarmB_QA
from .checking import person_antecedent as r21alarm_PA
from .checking import documents_unheld as r21alarm_DU
from .checking import contrast_subject as r21alarm_CS
from .checking import places_lead as r20alarmB_PL
from .checking import compared_lead as r18alarm_CL
from .checking import carried_article as r17alarm_OS
from .checking import word_present as r24alarm_WP
from .checking import lead_claim as LC
from .checking import external_home as EH
from .checking import topic_absence as TA
from .checking import bracket_count as r17alarm_BC
from .checking import appearances as r17alarm_AP
from .checking import under_heading as r17alarm_UH
from .checking import kept_text as r17alarm_KT
from .checking import article_reach as wsz2_AR
from .checking import named_role as wsz2_NR
from .checking import stated_condition as r17alarm_SC
from .checking import alias_answer as g20miss_AA
from .checking import asked_class as g20miss_AC
from .checking import concessive_proviso as g21miss_CP
from .checking import concessive_denial as wmiss6_CD
from .checking import added_clause as wmiss6_AC
from .checking import asked_item as wmiss6_AI
from .checking import span_holder as wmiss5_SH
from .checking import joined_elsewhere as wmiss5_JE
from .checking import object_members as wmiss5_OM
from .checking import cited_body as wmiss5_CB
from .checking import item_assigned as wmiss5_IA
from .checking import member_named as wmiss5_MN
from .checking.support import (numbered_title, added_polarity, conjoined, coverage, defined_alias, misnamed_alias, missing_terms,
                               moved_basis, novel_runs, support)
from .engine import decide
from .facts import Facts, extract, repair_typos
from .checking import measure_noun as r27alarm_MN
from .checking import span_seen as r27alarm_SS
from .references import Ref, article_number, cn_int, find_refs, format_ref, int_cn
from .schema import RuleBook

# (r18alarm: and the words _CUT reads as a cut, 断掉了 / 断了 / 断在)
_MISSING_OK = re.compile(r"缺失|缺少|缺的是|缺了|断掉|断了|断在|(?:没有|没|未)(?:能)?保留|不完整|未收录|没有收录|无法|中断|不补写|未载明|没有载明|不全|没有列出|不在来源|看不到|没有原文|"
                         r"来源(?:里|中)?(?:都|也)?没有|没有写|没写|不在知识库|不在本规定|"
                         # only the opening survives: 只保留了开头一句, 能确认的只有引导句, 只到第十八条开头
                         r"只(?:保留|剩下?|到|留下?)|只(?:有|收录了?)(?:它的|其)?(?:一句|一行)?(?:开头|引导句)|能确认的只有|引导句|(?<=条)开头(?!是|规定|写|说|列)|"
                         # the text stops at the article's opening: 停在第十八条的开头 (szalarm)
                         r"(?:停|止)(?:在|于)(?=第[零一二两三四五六七八九十百\d]+条(?:的)?开头)|(?<=条的)开头(?!是|规定|写|说|列)")
_REFS = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项)|[（(][一二三四五六七八九十\d]+[)）]")
# words that say which words a text uses, adding nothing to them ("条文用的是“可”")
_WORDING = re.compile(r"(?:原文|条文|措辞|字眼|用词)?(?:用的(?:词|字|说法)?是|用了|写的是|写作|说的是|措辞是|用词是|原文是)")
_EMPTY = SourceText("", "", "", "", "", "")
_CONDITION = re.compile(r"较大损失|不良影响")
_EVERY = re.compile(r"凡|只要|一律|无论|不论|不管")


@dataclass
class SentenceVerdict:
    text: str
    verdict: str                 # verified / quote / framing / unsupported (lead while being judged)
    support: str = ""            # the row or passage that supports it, or why nothing does

    def as_json(self) -> dict:
        return {"text": self.text, "verdict": self.verdict, "support": self.support}


@dataclass
class CheckResult:
    passed: bool
    problems: list[str] = field(default_factory=list)
    sentences: list[SentenceVerdict] = field(default_factory=list)

    def as_json(self, sentences: bool = False) -> dict:
        out = {"passed": self.passed, "problems": self.problems}
        if sentences:
            out["sentences"] = [s.as_json() for s in self.sentences]
        return out


def _refs(sentence: str, sources: SourceSet, default_doc: str) -> list[tuple[str, Ref]]:
    """The articles a sentence names with the document each belongs to: a title of the knowledge
    base names its document; a bare 第N条 belongs to the regulation the sentence names, else the
    default one. Articles of a document not in the knowledge base (中办发[2009]25号第八条, a title
    we do not hold) are left to the external-reference claim."""
    own = default_doc
    for title in re.findall(r"《([^》]+)》", sentence):
        doc = regalarm_ST.doc_for(title, sources, own)    # (a short title: the draft's own document first)
        if doc and sources.articles(doc):
            default_doc = doc
            break
    out = []
    for r in find_refs(sentence, {a.strip("《》"): t for t, names in sources.aliases.items() for a in names}):
        if r.article is None or r.doc_number or re.search(r"[共有]$", sentence[:r.start]):
            continue                      # 共十八条 is a count, not a reference
        doc = default_doc if r.doc_title is None else regalarm_ST.doc_for(r.doc_title, sources, own)
        if doc is None and r.alias and regalarm_ST.names_own(r.alias, sources, own):
            doc = own                     # 《办法》第七条 of an ingested 办法: another text's short name (own_short.py)
        if doc is not None:
            out.append((doc, r))
    return out


def _named_articles(sentence: str, sources: SourceSet, default_doc: str) -> tuple[list[SourceText], list[str]]:
    """Passages of the articles a sentence names, and the problems of articles that do not exist."""
    found: list[SourceText] = []
    problems: list[str] = []
    for doc, r in _refs(sentence, sources, default_doc):
        p = sources.article(r.article, doc)
        if p is None:
            have = sources.articles(doc)
            last = format_ref(have[-1]) if have else "任何条文"
            title = sources.documents[doc].title if doc in sources.documents else doc
            problems.append(f"{format_ref(r.article)}不存在：《{title}》只有第一条到{last}。")
        else:
            p = _item_of(p, r.item, r.paragraph) if r.item else p
            if p not in found:
                found.append(p)
    return found, problems


_DATED_TITLE = re.compile(r"《([^》]+)》[（(](\d{4})年[）)]")


def _dated_titles(text: str, sources: SourceSet) -> tuple[str, list[str]]:
    """《深圳市党政领导干部问责暂行规定》（2009年）: the year must be the document's own, from its
    front matter. Returns the text without the years (the title then names its articles as
    usual) and the problems."""
    problems = []
    for m in _DATED_TITLE.finditer(text):
        doc = sources.doc_by_title(m.group(1))
        if doc is None:
            continue                     # another document's year: left to the sentence's judge
        date = sources.documents[doc].date if doc in sources.documents else ""
        if not date.startswith(m.group(2)):
            said = f"{date[:4]}年" if date[:4].isdigit() else "来源未载明"
            problems.append(f"《{m.group(1)}》的日期是{said}，不是{m.group(2)}年。")

    def undated(m: re.Match) -> str:
        return f"《{m.group(1)}》" if sources.doc_by_title(m.group(1)) else m.group(0)

    return _DATED_TITLE.sub(undated, text), problems


def _without_section_label(text: str, sources: SourceSet) -> str:
    """"《…实践与思考》二（一）1：2001年…": a sentence quoted under the label of a report's or
    paper's section. The label names where the sentence is, not a figure (1) it claims; the
    sentence is then held to the passages as any other. (An article's label stays: its article
    is checked.)"""
    head, sep, rest = text.partition("：")
    if sep and rest and head.startswith("《") and any(
            p.label == head and p.article is None for p in sources.passages):
        return rest
    return text


_POLITE = re.compile(r"抱歉|对不起|很遗憾|所以|因此|我|您|你|建议查阅正式文本|请以完整原文为准")
# words that name an article's topic without adding to it ("第十八条是关于不予问责的条款")
_ABOUT = re.compile(r"(?:本来|原本)(?=是|讲|规定)|(?:的)?(?:开头|第一句|引导句)(?:写|说|用)(?:的是|着|道)|确实|的确|是关于|关于|是讲|讲的是|讲|的?条款|的?规定|这一?条|该条|有[这一]一?条|开头是|就是|是")


def _held_by_rest(clause: str, n: int, sources: SourceSet, doc: str) -> bool:
    """A clause about an article whose list is missing says no more than its surviving words."""
    p = sources.article(n, doc)
    if p is None:
        return False
    if re.search(r"是否|有没有|多少|几|哪些|什么|如何|如果|若", clause) or len(bare(_POLITE.sub("", clause))) <= 2:
        return True               # an embedded question or condition (之后是否还有条款), a word to the user
    if D.distinct(clause, sources, doc):
        return True               # "从轻处理和不予问责是两回事": its opening set apart from another article's
    if r27alarm_SS.reaches(clause, n):
        return True               # "现有文本能看到第一条到第十八条": the text reaches the cut article (span_seen.py)
    if r27alarm_SS.content_denied(clause):
        return True               # "但没有具体内容": what is cut said to be missing (span_seen.py)
    parts = [x for x in re.split(r"[：:](?=[^”\"]*(?:“|$))", clause) if bare(x)]
    if len(parts) > 1:
        return all(_held_by_rest(x, n, sources, doc) for x in parts)   # "但没有具体内容：第十八条是“…”"
    if re.search(r"没|未|无|不是|并非", clause) or any(cn_int(m) != n for m in re.findall(r"第([零一二两三四五六七八九十百\d]+)条", clause)):
        return False              # a denial, or another article, is no restatement of its surviving words
    if szalarm_QC.quoted_only(clause, p.text):
        return True               # "第十八条在资料里只有“…”这一句": which words survive (quoted_clauses.py)
    words = _ABOUT.sub("", _REFS.sub("", clause))
    if any(m.group(0) not in p.text for m in re.finditer(r"[一二两三四五六七八九十\d]+(?:种|项|类|个|条|点)", words)):
        return False              # "…的三种情形": a count of what is missing is no surviving word (r10alarmB)
    if len(bare(words)) <= 1:
        return True
    return support(_ABOUT.sub("", clause), sources, [p], None, [], [], min_coverage=0.75)[0] is not None


_WORDING_TALK = re.compile(r"(?<=在)(?:列举|列出|列明|提到|引用|点名)(?:时|的时候)|在|后面|前面|之后|之前|注明了?|写明了?|标注了?|专门|特意|直接|明确|还|也|都|把|将|列为|作为|的|对象|"
                           r"列(?:了|有|出了?|明了?)|写有|"    # 第二条明确列了“…” (alarms16)
                           r"用的是|写的是|说的是|用了|写了|说了|规定了?|提到了?|是|(?:加|用|打)(?:了|上了?)?括号|括号(?:里面|里|中|内)")
# "在“区”后面加了括号注明“…”": a claim about the text's parentheses, held to the raw text
_BRACKETS = re.compile(r"括号")


def _in_brackets(quotes: list[str], texts: list[str], raw: list[str] = ()) -> bool:
    """Each text has a parenthesis right after the first quote, holding the second (when given);
    or (r13b) the one quote is a word and the parenthesis after it, word for word in each text:
    “区（包括管理区，下同）” quoted as what 括号里 says."""
    if len(raw) == 1 and re.fullmatch(r"[^（(）)]{0,8}[（(][^）)]+[）)]", raw[0].strip()) and \
            all(squash(raw[0]) in squash(t) for t in texts):
        return True
    for t in texts:
        if not any(bare(t[:m.start()]).endswith(quotes[0]) and (len(quotes) < 2 or quotes[1] in bare(m.group(1)))
                   for m in re.finditer(r"[（(]([^）)]*)[）)]", t)):
            return False
    return True


def _wording_clauses(text: str, sources: SourceSet, doc: str) -> tuple[str, str] | None:
    """(the articles quoted, the rest of the sentence) when some clauses of the sentence only say
    which words the articles the sentence names use: every quote is in each of those articles (one
    said to come after another does), and what is left of the clause beside quotes and talk
    (注明了, 在…后面, 把…列为) is in them too. None when no clause is such."""
    arts = [p for p in (sources.article(r.article, doc) for r in find_refs(text)
                        if r.article and not r.doc_number and not r.doc_title) if p is not None]
    if not arts:
        return None
    plain = [bare(p.text) for p in arts]
    kept, rest = [], []
    # clauses, a quote kept whole ("“包括管理区，下同”" is one quote, not the ends of two clauses)
    for clause in re.findall(r"(?:[“「\"][^”」\"]*[”」\"]|[^，,；;])+[，,；;]?", text):
        quotes = [bare(q) for q in INLINE_QUOTE.findall(clause)]
        # (r23alarm) a clause that names its own articles quotes those: "第七条注明“…”，第十一条…"
        own = [p for p in (sources.article(r.article, doc) for r in find_refs(INLINE_QUOTE.sub("", clause))
                           if r.article and not r.doc_number and not r.doc_title) if p is not None]
        plain = [bare(p.text) for p in own] if own else [bare(p.text) for p in arts]
        if not quotes or not all(q and all(q in t for t in plain) for q in quotes) or \
                any(not v.ok for v in I.inclusions(clause, own or arts)):
            rest.append(clause)           # ("“街道”包括管理区" binds words the article's parenthesis binds otherwise)
            continue
        after = re.search(r"[”」\"](?:后面|之后)", clause)
        if after and len(quotes) > 1 and not all(0 <= t.find(quotes[1], t.find(quotes[0]) + len(quotes[0])) - t.find(quotes[0])
                                                 - len(quotes[0]) <= 2 for t in plain if quotes[0] in t):
            rest.append(clause)
            continue
        if _BRACKETS.search(INLINE_QUOTE.sub("", clause)) and not _in_brackets(quotes, [p.text for p in own or arts],
                                                                                 INLINE_QUOTE.findall(clause)):
            rest.append(clause)
            continue
        left = bare(_WORDING_TALK.sub("", _REFS.sub("", INLINE_QUOTE.sub("", clause))).strip("，,；;。"))
        if re.fullmatch(r"(?:的|其)?开头(?:就|处)?(?:写|写着|写道|是)?", left):
            # "开头写“…”": the article's own text starts with the quote, its whole opening sentence (szalarm)
            if not all((o := re.sub(r"^第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?", "", t)).startswith(quotes[0].rstrip("：:。；;"))
                       and re.match(r"[：:。；;]|$", o[len(quotes[0].rstrip("：:。；;")):]) for t in plain):
                rest.append(clause)
                continue
            left = ""
        if r24alarm_WP.may_concern(_REFS.sub("", clause)):   # 第八条后面还有一个“等”字 (word_present.py)
            left = bare(_WORDING_TALK.sub("", re.sub(r24alarm_WP.TALK, "", _REFS.sub("", INLINE_QUOTE.sub("", clause)))).strip("，,；;。"))
        if len(left) > 1 and not all(coverage(left, t) >= 0.8 and not novel_runs(left, t) for t in plain):
            rest.append(clause)
            continue
        if miss2_DI.problems(clause, own or arts, own or arts) or quotedneg_QS.problems(clause, own or arts, own or arts):
            # (“以上”“以下”都不包括本数, “不满”“超过”包括本数: judged as a claim)
            rest.append(clause)
            continue
        kept.append(clause)
    if not kept:
        return None
    refs = "、".join(dict.fromkeys(p.label for p in arts))
    body = "".join(rest).strip("，,；; ")
    if body and not find_refs(body):
        body = "按" + "、".join(format_ref(p.article) for p in arts) + "，" + body
    return refs + "的原文用词", body


def _without_severities(sentence: str, severities: list[str], book: RuleBook) -> str:
    """The sentence with the words of the given severities taken out (and the 和 / 、 joining them)."""
    if not severities:
        return sentence
    spans = [(a, b) for a, b, cat, c in C.marks(sentence, book) if cat == "severity" and c in severities]
    for a, b in sorted(spans, reverse=True):
        # with the class noun after the last of them (特别重大、重大和较大公共安全责任事故)
        tail = re.match(r"(?:公共安全责任)?事故", sentence[b:])
        sentence = sentence[:a] + sentence[b + (tail.end() if tail else 0):]
    return sentence


def _undocketed(sentence: str) -> str:
    """The sentence without the document numbers it names (中办发[2009]25号): a number that names a
    document is a reference, no figure the sentence claims ("…再依照中办发[2009]25号文件进一步问责"
    said of 第十三、十四条 is what 第十五条, which refers to both, says)."""
    for r in reversed([r for r in find_refs(sentence) if r.doc_number and r.article is None]):
        sentence = sentence[:r.start] + sentence[r.end:]
    return sentence


def _referrers(named: list[SourceText], sources: SourceSet) -> list[SourceText]:
    """The articles of the named articles' document that refer to every one of them."""
    docs = {p.doc_id for p in named}
    numbers = {p.article for p in named if p.article}
    if len(docs) != 1 or len(numbers) < 2:
        return []
    doc = docs.pop()
    out = []
    for n in sources.articles(doc):
        p = sources.article(n, doc)
        if p is not None and n not in numbers and numbers <= {r.article for r in find_refs(p.text) if r.article and r.internal}:
            out.append(p)
    return out


def _reference_readers(sources: SourceSet, doc: str) -> tuple[Callable[[Ref], str | None], Callable[[Ref], str | None]]:
    """How a statement of `doc` reads the provisions it refers to: an item as its line, a
    paragraph as its paragraph (the first function) or as its whole article (the second).

    One pair per source set and document, each remembering what it read: the readings of a
    document's statements are kept per function (aligned.statements), so one set's are reused for
    every sentence checked against it and never handed to another set."""
    kept = getattr(sources, "_reference_readers", None)
    if kept is None:
        kept = sources._reference_readers = {}
    if doc not in kept:
        @lru_cache(maxsize=None)
        def paragraph(r: Ref) -> str | None:
            q = sources.article(r.article, doc)
            return (_item_of(q, r.item, r.paragraph) if r.item else _paragraph_of(format_ref(r.article, r.paragraph), q, sources, doc)).text \
                if q is not None else None

        @lru_cache(maxsize=None)
        def article(r: Ref) -> str | None:
            q = sources.article(r.article, doc)
            return (_item_of(q, r.item, r.paragraph) if r.item else q).text if q is not None else None

        kept[doc] = (paragraph, article)
    return kept[doc]


def _item_of(p: SourceText, item: int, paragraph: int | None = None) -> SourceText:
    """第五条第（一）项: the item's own line, so that what the sentence says of it is held to it (in
    the paragraph named, where the article numbers its items 1. / 1、 per paragraph)."""
    mark = f"（{int_cn(item)}）"
    line = R15_PARAS.item(p.text, mark, paragraph)        # with its sub-items (1. …) and rows
    if line is None:
        return p
    if paragraph and mark not in p.text:       # an item numbered 1. in the paragraph named
        return SourceText(f"{p.id}#{paragraph}.{item}", p.doc_id, p.doc_title, p.doc_kind,
                          f"{p.label}第{int_cn(paragraph)}款{mark}", line, p.article, p.truncated)
    return SourceText(f"{p.id}#{item}", p.doc_id, p.doc_title, p.doc_kind, f"{p.label}{mark}", line, p.article,
                      p.truncated)


def _asked_passage(question: str, sources: SourceSet, doc: str) -> str | None:
    """The text of the one article (or item) the question names, else None."""
    refs = [r for r in find_refs(question) if r.article and not r.doc_number]
    if len(refs) != 1 or (p := sources.article(refs[0].article, doc)) is None:
        return None
    return (_item_of(p, refs[0].item) if refs[0].item else p).text


def _with_lead(p: SourceText, sources: SourceSet) -> str:
    """An item's line with the words of its article that lead into the items (第十三条's "市委、
    市政府应在24小时内召开现场会…作出以下初步问责决定："): what the item says is said under them."""
    whole = sources.article(p.article, p.doc_id) if "#" in p.id and p.article else None
    if whole is None:
        return p.text
    items = {x for _, x in R15_PARAS.item_lines(whole.text)}    # （一） lines, else 1. / 1、 items
    lead = [x for x in whole.text.splitlines() if x.strip() and not re.match(r"^\s*[（(][一二三四五六七八九十]+[)）]", x)
            and x not in items]
    # (g23alarm) an article of two lists (第一款's （一）…（三） and 第二款's （一）…（三）, each opened by a
    # line ending in ：): the item's list is opened by its own paragraph's line; another list's
    # opening line, with its consequence, is no lead of this item
    first = p.text.splitlines()[0].strip() if p.text.strip() else ""
    own = [para for para in R15_PARAS.paragraphs(whole.text) if first and any(x.strip() == first for x in para[1:])]
    if len(own) == 1:
        lead = [x for x in lead if x in own[0] or not re.search(r"[：:]\s*$", x)]
    return "\n".join(lead + [p.text])


def _provision(r: Ref, sources: SourceSet, doc: str) -> str | None:
    """The text of the article (or its paragraph) a reference names, None when there is none."""
    if r.doc_title is not None:
        doc = regalarm_ST.doc_for(r.doc_title, sources, doc)
    p = sources.article(r.article, doc) if doc and r.article else None
    if p is None:
        return None
    return R15_PARAS.paragraph(p.text, r.paragraph) if r.paragraph else p.text


def _named_text(r: Ref, sources: SourceSet, doc: str) -> str | None:
    """The text of the item, paragraph or article a reference names (galarm5)."""
    if r.item and (p := sources.article(r.article, doc)) is not None:
        return _item_of(p, r.item, r.paragraph).text
    return _provision(r, sources, doc)


def _paragraph_text(sentence: str, p: SourceText, sources: SourceSet, doc: str) -> str:
    """The text of the paragraph (款) the sentence names of this article, else the article's."""
    for _, r in _refs(sentence, sources, doc):
        if r.article == p.article and r.paragraph and not r.item:
            # the paragraph with its items, sub-items and table rows (paragraph_lines.py)
            if (text := R15_PARAS.paragraph(p.text, r.paragraph)) is not None:
                return text
    return p.text


def _paragraph_of(sentence: str, p: SourceText, sources: SourceSet, doc: str) -> SourceText:
    """The passage of the paragraph (款) the sentence names of this article, else the article."""
    text = _paragraph_text(sentence, p, sources, doc)
    if text == p.text:
        return p
    return SourceText(p.id, p.doc_id, p.doc_title, p.doc_kind, p.label, text, p.article, p.truncated)


def _list_lead(sentence: str, named: list[SourceText], sources: SourceSet, doc: str) -> list[SourceText]:
    """The passages a list lead's items are held to: the named articles, or the one paragraph
    (款) the lead names ("第十条第二款列了四种：" — an item is that paragraph's, and a measure the
    article lists in another paragraph is not in it)."""
    whole = [sources.article(p.article, p.doc_id) or p for p in named]
    if len(whole) != 1:
        return whole
    item = next((r.item for _, r in _refs(sentence, sources, doc) if r.article == whole[0].article and r.item), None)
    if item:                                   # 第七条第（二）项规定了…： the item's sub-items
        return [_item_of(whole[0], item)]
    p = _paragraph_of(sentence, whole[0], sources, doc)
    k = next((r.paragraph for _, r in _refs(sentence, sources, doc) if r.article == p.article and r.paragraph), None)
    return [p if p is whole[0] or not k else
            SourceText(p.id, p.doc_id, p.doc_title, p.doc_kind, f"{p.label}第{int_cn(k)}款", p.text, p.article, p.truncated)]


def _subdivisions(sentence: str, sources: SourceSet, doc: str) -> list[str]:
    """第十一条第二款 / 第五条第（七）项 that the article does not have; a bare 第三款 after an
    article belongs to it."""
    out = []
    checks: list[tuple[SourceText, int | None, int | None]] = []
    for d, r in _refs(sentence, sources, doc):
        p = sources.article(r.article, d)
        if p is not None and (r.paragraph or r.item):
            checks.append((p, r.paragraph, r.item))
    last = None
    # (an inserted article's 之N is part of its label: 第三条之一第二款 is a paragraph of 第三条之一)
    for m in re.finditer(r"第([零一二两三四五六七八九十百\d]+)条(?:之([一二三四五六七八九十]+))?"
                         r"|(?<!条)(?<!条之[一二三四五六七八九十])第([一二三四五六七八九十]|\d{1,2})款", sentence):
        if m.group(1):
            last = sources.article(article_number(m.group(1), m.group(2)), doc)
        elif last is not None:
            checks.append((last, cn_int(m.group(3)), None))
    # (r21miss) a run of paragraphs after an article, 第22条第1、2款 / 第十条第二至三款: each of them
    for m in re.finditer(r"第([零一二两三四五六七八九十百\d]+)条(?:之([一二三四五六七八九十]+))?第([零一二两三四五六七八九十\d]+(?:(?:、|和|及|与|至|到)[零一二两三四五六七八九十\d]+)+)款", sentence):
        p = sources.article(article_number(m.group(1), m.group(2)), doc)
        if p is not None:
            checks += [(p, cn_int(k), None) for k in re.split(r"、|和|及|与|至|到", m.group(3)) if k]
    for p, paragraph, item in checks:
        items = R15_PARAS.item_lines(p.text, paragraph)      # （一） lines, else items numbered 1. / 1、
        paragraphs = R15_PARAS.paragraphs(p.text)
        if paragraph and paragraph > len(paragraphs):
            out.append(f"{p.label}只有{len(paragraphs)}款，没有第{int_cn(paragraph)}款。")
        if item and item > len(items):
            out.append(f"{p.label}只有{len(items)}项，没有第（{int_cn(item)}）项。" if items else f"{p.label}没有分项。")
    return list(dict.fromkeys(out))


_BASIS_VERBS = ("根据", "依据", "依照", "按照", "遵照")


def _same_basis(said: str, i1: int, i2: int, theirs: str, j1: int, j2: int) -> bool:
    """Whether a replaced span lies inside a basis verb on both sides (依 of 依据 for 根 of 根据)."""
    def verb(t: str, a: int, b: int) -> bool:
        return any(t[k:k + 2] in _BASIS_VERBS for k in range(max(0, b - 2), a + 1))
    return verb(said, i1, i2) and verb(theirs, j1, j2)


def _near_quote(text: str, named: list[SourceText]) -> str | None:
    """"第五条（一）：因工作失误，…": text set after an article's label is given as its wording; when
    it is nearly the article's words but not quite (失误 for 失职), a term was changed."""
    from difflib import SequenceMatcher

    m = re.match(r"^(.{1,30}?)[：:](.{8,})$", text.strip())
    if not named or m is None or bare(re.sub(r"原文|规定|写道|如下|内容|是", "", _REFS.sub("", m.group(1)))):
        return None
    said = bare(m.group(2))
    for p in named:
        for line in p.text.splitlines():
            theirs = bare(re.sub(r"^\s*(?:第[零一二两三四五六七八九十百]+条|[（(][一二三四五六七八九十]+[)）])", "", line))
            if not theirs or said in theirs:
                if said in bare(p.text):
                    return None
                continue
            sm = SequenceMatcher(None, said, theirs, autojunk=False)
            if sm.ratio() >= 0.85 and len(said) >= 0.8 * len(theirs):
                # a term exchanged for another of its length (失误 for 失职), not words added or dropped
                diff = next((f"{said[i1:i2]}（原文：{theirs[j1:j2]}）" for op, i1, i2, j1, j2 in sm.get_opcodes()
                             if op == "replace" and i2 - i1 == j2 - j1 <= 2
                             and not re.fullmatch(r"[的了是可以其该此这]+", said[i1:i2])
                             # (一 particle for another: 退休的，不影响 said 退休都不影响; alarms15)
                             and not (re.fullmatch(r"[的都也均皆]+", said[i1:i2]) and re.fullmatch(r"[的都也均皆]+", theirs[j1:j2]))
                             # (r17alarm) the text's conjunction said another way (并在…前 as 赶在…前): no term
                             # of it changed, unless a negation or a modality takes its place
                             and not (re.fullmatch(r"并且?|而且?|且|及|和|与", theirs[j1:j2])
                                      and not re.search(r"[不没未无非须应可得必]", said[i1:i2]))
                             # (szalarm4) one basis verb for another (依据 for 根据), and the 的 closing
                             # the text's condition said as the 由 / 则 heading its consequence: no term changed
                             and not _same_basis(said, i1, i2, theirs, j1, j2)
                             and not (theirs[j1:j2] == "的" and re.fullmatch(r"由|则|就", said[i1:i2]))), "")
                if diff:
                    return f"这不是{p.label}的原文：{diff}。"
    return None


_ITEM_HEAD = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]")


def _misattributed(sentence: str, sources: SourceSet, named: list[SourceText], doc: str) -> str | None:
    """A sentence that names one article but says what another article of the document says."""
    if len(named) != 1 or re.search(r"第[^条]{1,6}条[^，。；]{0,12}(?:和|与|及|、)第", sentence):
        return None
    from .checking.duty_items import lead_in
    from .checking.support import _content_pairs, coverage

    if len(_content_pairs(sentence)) < 6:
        return None
    # (g22alarm2) an item is read under its article's lead line (区住房城乡建设部门履行下列职责：), which
    # names the party the item's duty is of
    lead = lead_in(named[0].text, named[0].article, sources.of_document(doc)) if _ITEM_HEAD.match(named[0].text) else ""
    own = coverage(sentence, lead + "\n" + named[0].text)
    best = max(((coverage(sentence, p.text), p) for p in sources.of_document(doc) if p.article != named[0].article),
               key=lambda t: t[0], default=(0.0, None))
    if best[1] is not None and best[0] >= 0.7 and best[0] - own >= 0.3:
        return f"这句话说的是{best[1].label}的内容，不是{named[0].label}。"
    return None


def _pool(named: list[SourceText], sevs: list, book: RuleBook, sources: SourceSet) -> str:
    """The text a sentence's conditions are held to: the articles it names, else those whose rules
    cover the severities it speaks of."""
    if named:
        return "\n".join(p.text for p in named)
    arts = _severity_articles(book, [s for s in sevs if s])
    return "\n".join(p.text for n in arts if (p := sources.article(n, book.regulation.document)))


def _severity_articles(book: RuleBook, severities: list[str]) -> list[int]:
    """The articles whose rules concern these accident severities."""
    reg = book.regulation
    arts = [r.source.article for r in reg.accident_decisions if r.severity in severities]
    arts += [c.source.article for c in reg.convening if set(c.severities) & set(severities)]
    return sorted(set(a for a in arts if a))


class _item_counter:
    """Items of an article（一）（二）… (or 一、二、… when it has no （一）)."""

    def __init__(self, sources: SourceSet, doc: str) -> None:
        self.sources, self.doc = sources, doc

    def text(self, n: int) -> str:
        p = self.sources.article(n, self.doc)
        return p.text if p else ""

    def __call__(self, n: int) -> int:
        # items numbered （一）; an article with none may number them 一、 (one a line)
        text = self.text(n)
        return len(re.findall(r"^[（(][一二三四五六七八九十]+[)）]", text, re.M)) \
            or len(re.findall(r"^[一二三四五六七八九十]+、", text, re.M))


def _settle(v: SentenceVerdict, problems: list[str], ok: bool, why: str, end: str = "") -> None:
    """A sentence judged again by a reading that decides it either way: its earlier problems go,
    and its verdict and support are the reading's (a problem of its own when it fails)."""
    problems[:] = [p for p in problems if not p.startswith(f"「{v.text[:40]}」：")]
    v.verdict, v.support = ("verified" if ok else "unsupported"), why
    if not ok:
        problems.append(f"「{v.text[:40]}」：{why}{end}")


def _fail_first(verdicts: list[SentenceVerdict], problems: list[str],
                readings: list[tuple[Callable[[str], bool], Callable[[SentenceVerdict], list[str]]]]) -> None:
    """Each verified sentence held to `readings` in turn, each (whether it may concern the
    sentence's text, the problems it finds): the first problem found makes the sentence
    unsupported. These readings only ever turn a verified sentence round, never pass one."""
    for v in verdicts:
        if v.verdict != "verified":
            continue
        for concerns, found in readings:
            if concerns(v.text) and (why := found(v)):
                v.verdict, v.support = "unsupported", why[0]
                problems.append(f"「{v.text[:40]}」：{why[0]}。")
                break


def check(question: str, draft: str, book: RuleBook, *, sources: SourceSet, facts: Facts | None = None,
          states_decision: bool = True, cited: list[SourceText] | None = None,
          require_citations: bool = False) -> CheckResult:
    """`facts` overrides what is read from the question (a follow-up keeps its inherited role).
    Our own drafts and a model's (`require_citations=True`) must cite the articles the decision
    rests on when they state it; a colleague's or trainee's text is judged on its truth alone."""
    draft = g15alarm_AA.chinese(draft)          # Art. 26 -> 第26条 (g15alarm)
    ingchk_doc = ingchk_focus.document(question, draft, sources, book)
    if ingchk_doc is not None:
        # a draft about another regulation of the index (one a user ingested): held to that
        # document's text alone, its figures read in one script (rules/checking/focus.py)
        arabic, read = ingchk_numerals.arabic, ingchk_focus.with_arabic(sources)
        said = ingchk_plain.legal(arabic(draft), "".join(p.text for p in read.of_document(ingchk_doc)))
        said = para_ways.in_text_words(said, "".join(p.text for p in read.of_document(ingchk_doc)))   # 单独用 (para)
        said = reg7alarm_bounds.in_text_words(said, "".join(p.text for p in read.of_document(ingchk_doc)))   # 1万元起 (reg7alarm)
        said = g15alarm_DN.in_text_words(said, "".join(p.text for p in read.of_document(ingchk_doc)))   # 县森林防火联席会议 (g15alarm)
        said = g16alarm_LB.joined(said, "".join(p.text for p in read.of_document(ingchk_doc)))   # 区的城市管理部门 (g16alarm)
        return check(arabic(question), said, ingchk_focus.blank_book(sources, ingchk_doc),
                     sources=read, states_decision=states_decision,
                     cited=[SourceText(p.id, p.doc_id, p.doc_title, p.doc_kind, p.label, arabic(p.text), p.article,
                                       p.truncated, p.heading) for p in cited or []],
                     require_citations=require_citations)
    qfacts = facts if facts is not None else extract(question, book)
    decision = decide(qfacts, book).decision
    cited = list(cited or [])
    default_doc = book.regulation.document
    if sources.articles(default_doc) == []:
        regs = [p.doc_id for p in cited if p.doc_kind == "regulation"]
        default_doc = regs[0] if regs else default_doc
    severity = qfacts.severity
    condition = qfacts.consequence == "general_major" or bool(_CONDITION.search(draft))
    verdicts: list[SentenceVerdict] = []
    problems: list[str] = []
    named_all: set[int] = set()
    after_question = False
    measures: list[str] = []
    quoted: list[str] = []          # the measures a quote just listed: what a counted 这四种 after it stands for
    previous = about = ""
    listed: list[SourceText] | None = None     # the article a list lead names, for the items below it
    paragraph = ""                             # the last paragraph named in so many words (paragraphs.py)

    def fail(u_text: str, why: str) -> None:
        verdicts.append(SentenceVerdict(u_text, "unsupported", why))
        problems.append(f"「{u_text[:40]}」：{why}")

    pending = _split_leads(table_units(draft, lambda head: C.carries_claim(head, book)), question)
    # "…按《办法》…，这里的《办法》指《…》（第七条…）": the claim and its short name's gloss (alias_gloss.py)
    pending = [p for u in pending for p in (r28alarm_AG.parts(u) or [u])]
    lead_lines: set[int] = set()        # lines whose list lead was cut from its items (ZL)
    said_docs: set[str] | None = None
    reg4alarm_at: list[int] = []        # the draft line of each verdict (count_lead.py)
    reg4alarm_line = -1
    while pending:
        reg4alarm_at = reg4alarm_at[:len(verdicts)] + [reg4alarm_line] * (len(verdicts) - len(reg4alarm_at))
        u = pending.pop(0)
        reg4alarm_line = u.line
        if u.kind != "quote":
            text, wrong = _dated_titles(u.text, sources)
            text = _without_section_label(text, sources)
            text = r18alarm_SL.as_label(text)     # "我概括一下第五条：…" read as "第五条：…" (summary_lead.py)
            text = r18alarm_CR.spelled(text, sources)     # 17条, 25号文 written out (colloquial_refs.py)
            text = r20alarmB_EI.unstressed(text)     # 不作为本身就在其中 read as 不作为就在其中 (emphatic_itself.py)
            text = r20alarmB_QI.reordered(text)     # 用“Q”来概括Y read as 把Y概括为“Q” (quoted_instrument.py)
            text = r20alarmB_QA.resolved(text, question, draft, R8A_NO._numbers(sources))     # 它 for the question's one document (question_antecedent.py)
            # "第（三）项：…" answering "…是第五条第几项": the item the question's article's (bare_item.py)
            text = heldmiss2_BI.located(text, question, draft[:max(0, draft.find(u.text))])
            # 到“…（a cut article's last words）”就断了: that article named (quoted_cut.py)
            text = r22alarm_QC.located(text, sources, default_doc, lambda t: bool(_MISSING_OK.search(t)))
            if "他" in text or "她" in text:     # 名单里没有他: the question's one person (person_antecedent.py)
                text = r21alarm_PA.resolved(text, qfacts.roles, {c for *_, cat, c in C.marks(
                    draft[:max(0, draft.find(u.text))], book) if cat == "role"})
            for w in wrong:
                fail(u.text, w)
            u = Unit(text, u.kind, u.line)
            # "《…》第三十条：本办法所称…。": whole sentences of the article its label names (labelled_quote.py)
            if u.kind != "table" and (wcalarm2_label := wcalarm2_LQ.quoted(
                    u.text, lambda label: _named_articles(label, sources, default_doc)[0])):
                # (heldmiss2) the label naming a paragraph or item its article lacks: "第四条第（四）项
                # 规定：…" where 第四条 has no items quotes words the label does not hold
                if (heldmiss2_lacks := _subdivisions(u.text[:u.text.find("：") if "：" in u.text else len(u.text)],
                                                      sources, default_doc)):
                    fail(u.text, heldmiss2_lacks[0])
                    continue
                verdicts.append(SentenceVerdict(u.text, "quote", wcalarm2_label))
                continue
        if u.kind == "quote":
            if sources.verbatim(u.text):
                verdicts.append(SentenceVerdict(u.text, "quote", "原文"))
            else:
                fail(u.text, f"引文“{u.text[:30]}”在来源中找不到原文。")
            continue
        if u.kind == "table":
            # a table's header and separator: what the header says is judged in every row
            verdicts.append(SentenceVerdict(u.text, "framing", "表头（按行核对）"))
            continue
        if u.kind == "option":
            if is_choice(u.text, _choices(book)):
                verdicts.append(SentenceVerdict(u.text, "framing", "规则数据中的选项"))
            elif (label := law_articles.option(u.text, sources)) is not None:
                verdicts.append(SentenceVerdict(u.text, "verified", label))     # 公务员法第二十条
            elif (label := law_articles.document_option(u.text, sources)) is not None:
                verdicts.append(SentenceVerdict(u.text, "verified", label))     # which document is meant
            else:
                fail(u.text, "问题后的选项不是规则数据中的职务、事故等级或后果。")
            continue
        if u.kind in ("heading", "group", "also"):
            named, bad = _named_articles(u.text, sources, default_doc)
            named_all.update(p.article for p in named if p.article)
            for b in bad:
                fail(u.text, b)
            if not bad:
                verdicts.append(SentenceVerdict(u.text, "framing", "引用标题"))
            continue
        # what a sentence leaves for the next one (its severity, the measures a pronoun refers
        # to) comes back in `state`: the checker keeps no state between calls or threads
        state = {"severity": severity, "condition": condition, "after_question": after_question,
                 "measures": measures, "quoted": quoted, "asked": C.severities_in(question, book), "previous": previous, "about": about,
                 "question": question, "opening": all(v.verdict in ("lead", "framing") for v in verdicts), "draft": draft,
                 "listed": listed if L.listed_line(draft, u.line) or u.line in lead_lines else None,
                 "paragraph": paragraph, "next": pending[0].text if pending else ""}
        state["r8miss_said"] = said_docs      # the speaker a clause before a semicolon named
        mark = (len(verdicts), len(problems))
        denied = SN.framed(u.text) if u.kind in ("sentence", "item") else None
        if denied is not None:
            # "条文并没有说国务院作初步决定": the claim denied, judged as asserted (said_not.py)
            got: list[SentenceVerdict] = []
            again = dict(state, opening=False)
            _judge(Unit(denied[0], "sentence", u.line), book, sources, qfacts, cited, default_doc, got, [],
                   lambda t, why: got.append(SentenceVerdict(t, "unsupported", why)), set(), state=again)
            if again.get("contradicted"):
                verdicts.append(SentenceVerdict(u.text, "verified", "所否认的说法与规则或原文不符：" + got[-1].support))
                previous = about = u.text
                continue
            near = [p.text for _, p in sources.closest(denied[1], k=3)] + \
                [p.text for r in find_refs(denied[0]) if r.article and (p := sources.article(r.article, default_doc))]
            said_all = (not got[-1].support.startswith("《") or max((coverage(denied[1], t) for t in near), default=0) >= SN.WORD_FOR_WORD) \
                and "来源说明" not in got[-1].support if got else False      # (a front matter's note says what is missing)
            if got and all(v.verdict in ("verified", "quote") for v in got) and said_all:
                # (a claim a rule row verifies, or one whose words are all in a passage: 具体种类 is not in 第四条)
                fail(u.text, f"原文有这一内容：{got[-1].support}")
                previous = about = u.text
                continue
        g23alarm_held, g23alarm_why = g23alarm_AO.judged(u.text, previous, [p for p in sources.passages if p.doc_kind == "regulation"]) \
            if u.kind == "sentence" else (None, "")
        if g23alarm_held is not None:
            # "满足其一即可" after a listed provision: held to how the text joins its cases (any_one.py)
            if g23alarm_held:
                verdicts.append(SentenceVerdict(u.text, "verified", g23alarm_why))
            else:
                fail(u.text, g23alarm_why + "。")
            previous = about = u.text
            continue
        _judge(u, book, sources, qfacts, cited, default_doc, verdicts, problems, fail, named_all, state=state)
        reg6miss_phrase = SA.filled(u.text, question) if state["opening"] and u.kind == "sentence" and verdicts[mark[0]:] \
            and all(v.verdict == "verified" for v in verdicts[mark[0]:]) and \
            re.match(r"(?:一般是|一般|应当是|应该是|是|要|在)?[\d零一二两三四五六七八九十百]", u.text.strip()) else None
        if reg6miss_phrase and not SA.held_where_asked(u.text, question, [p.text for _, p in sources.closest(question, k=3)],
                                                       coverage):
            # "12小时内。" found in some article, but not the figure of the statement the question
            # asks about: a phrase that fills the question's slot answers that statement (reg6miss)
            del verdicts[mark[0]:], problems[mark[1]:]
            fail(u.text, f"“{u.text.strip()}”不是所问的那一句原文的数字。")
        filled = SA.filled(u.text, question) if state["opening"] and u.kind == "sentence" and any(
            v.verdict == "unsupported" for v in verdicts[mark[0]:]) else None
        if filled and not SA.held_where_asked(u.text, question, [p.text for _, p in sources.closest(question, k=3)], coverage):
            filled = None                 # its figure is not that of the statement the question asks about
        if filled:
            # "3个工作日内。" to "他们多久转给医院？": judged alone it has nothing to hold; the
            # question with its slot filled is the claim (rules/checking/short_answers.py)
            got: list[SentenceVerdict] = []
            again = dict(state, opening=False)
            _judge(Unit(filled, "sentence", u.line), book, sources, qfacts, cited, default_doc, got, [],
                   lambda t, why: got.append(SentenceVerdict(t, "unsupported", why)), set(), state=again)
            if got and all(v.verdict in ("verified", "quote") for v in got):
                del verdicts[mark[0]:], problems[mark[1]:]
                verdicts.append(SentenceVerdict(u.text, "verified", f"{got[-1].support}（回答“{filled}”）"))
        r28alarm_full = r28alarm_CN.composed(u.text, question) if state["opening"] and u.kind == "sentence" and any(
            v.verdict == "unsupported" for v in verdicts[mark[0]:]) else None
        if r28alarm_full:
            # "三部：《A》、《B》和《C》。" to "第七条引了哪些外部文件": the question with its slot
            # filled by the count, judged whole (counted_answer.py)
            got = []
            _judge(Unit(r28alarm_full, "sentence", u.line), book, sources, qfacts, cited, default_doc, got, [],
                   lambda t, why: got.append(SentenceVerdict(t, "unsupported", why)), set(), state=dict(state, opening=False))
            if got and all(v.verdict in ("verified", "quote") for v in got):
                del verdicts[mark[0]:], problems[mark[1]:]
                verdicts.append(SentenceVerdict(u.text, "verified", f"{got[-1].support}（即“{r28alarm_full}”）"))
        wpsz_claims = wpsz_LA.claims(u.text, question) if state["opening"] and u.kind == "sentence" and \
            verdicts[mark[0]:] and all(v.verdict == "verified" for v in verdicts[mark[0]:]) and \
            wpsz_LA.may_concern(u.text, question) else []
        wpsz_judged: list[tuple[str, str, list[SentenceVerdict]]] = []
        for wpsz_member, wpsz_claim in wpsz_claims:
            # "特别重大和较大两个级别。" to "…对哪些级别的事故…": each member in the question's slot
            # is a claim; one contradicted where another holds is a member swapped (listed_answer.py)
            wpsz_got: list[SentenceVerdict] = []
            _judge(Unit(wpsz_claim, "sentence", u.line), book, sources, qfacts, cited, default_doc, wpsz_got, [],
                   lambda t, why, g=wpsz_got: g.append(SentenceVerdict(t, "unsupported", why)), set(),
                   state=dict(state, opening=False))
            wpsz_judged.append((wpsz_member, wpsz_claim, wpsz_got))
        wpsz_ok = [bool(g) and all(v.verdict in ("verified", "quote") for v in g) for _, _, g in wpsz_judged]
        if any(wpsz_ok) and not all(wpsz_ok):
            wpsz_member, wpsz_claim, wpsz_got = wpsz_judged[wpsz_ok.index(False)]
            del verdicts[mark[0]:], problems[mark[1]:]
            fail(u.text, f"“{wpsz_member}”不是所问的回答（“{wpsz_claim}”不成立："
                         f"{next((v.support for v in wpsz_got if v.verdict == 'unsupported'), '')}）")
        r21alarm_two = r21alarm_CS.claims(u) if any(v.verdict == "unsupported" for v in verdicts[mark[0]:]) \
            and not state.get("contradicted") else None
        if r21alarm_two is not None:
            # "S是A，不是B": S是A held, and S是B contradicted (contrast_subject.py)
            r21alarm_got: list[list[SentenceVerdict]] = [[], []]
            r21alarm_against = []
            for r21alarm_k, r21alarm_claim in enumerate(r21alarm_two):
                again = dict(state, opening=False)
                _judge(Unit(r21alarm_claim, "sentence", u.line), book, sources, qfacts, cited, default_doc,
                       r21alarm_got[r21alarm_k], [], lambda t, why, k=r21alarm_k: r21alarm_got[k].append(
                           SentenceVerdict(t, "unsupported", why)), set(), state=again)
                r21alarm_against.append(bool(again.get("contradicted")))
            if r21alarm_got[0] and all(v.verdict in ("verified", "quote") for v in r21alarm_got[0]) and \
                    not r21alarm_against[0] and r21alarm_against[1] and r21alarm_got[1]:
                del verdicts[mark[0]:], problems[mark[1]:]
                verdicts.append(SentenceVerdict(u.text, "verified", f"{r21alarm_got[0][-1].support}；"
                                                f"所否认的说法与原文不符：{r21alarm_got[1][-1].support}"))
                previous = about = u.text
                continue
        parts = (ZL.parts(u) or r8b_per_article.parts(u) or (ctx_topic.parts(u, question, previous) if all(
            "不支持这句话" in p for p in problems[mark[1]:]) else None)) if any(v.verdict == "unsupported" for v in verdicts[mark[0]:]) and \
            not state.get("contradicted") else None     # (a contradicted unit stays wrong)
        if parts:
            # judged whole it fails: "第四条讲了两种衔接：A；B" is read as a lead and its items
            del verdicts[mark[0]:], problems[mark[1]:]
            lead_lines.add(u.line)
            pending[:0] = parts
            continue
        paragraph = R8A_PG.last_paragraph(u.text, paragraph)   # the one 该款 / 那一款 points at
        listed = state.get("lead_of_list", state["listed"])
        if state.get("ingchk_series") or (listed and u.line in lead_lines and re.search(r"[；;]$", u.text.strip())):
            lead_lines.add(u.line)              # items of one line joined by ；: each under the lead

        said_docs = r8miss_SP.carried(u.text, sources) or (said_docs if re.search(r"[；;]\s*$", u.text) else None)
        if "lead_of_list" not in state and re.search(r"[：:]$", u.text.strip()) and verdicts[-1].verdict == "verified":
            # a lead verified by another reading ("第十条第二款列了四种：") still leads its items
            named, _ = _named_articles(u.text, sources, default_doc)
            listed = _list_lead(u.text, named, sources, default_doc) if named else listed
        previous = about = u.text
        asked = _asked_article(question, sources, default_doc) if _POINTED.match(u.text.strip()) else None
        if asked is not None and verdicts and verdicts[-1].verdict == "lead":
            about = asked.label + "：" + u.text        # "有这一条，…": the article the question asks about
        if verdicts and verdicts[-1].verdict == "verified" and not any(r.article for r in find_refs(u.text)):
            # a sentence that named no article but was found in one: a 条文 after it is that article
            held = [r for r in find_refs(verdicts[-1].support) if r.article]
            about = verdicts[-1].support + "：" + u.text if len(held) == 1 else about
        measures = state.get("next_measures", measures)
        quoted = state.get("next_quoted", [])
        severity = state.get("next_severity", severity)
        after_question = verdicts[-1].verdict == "framing" and bool(re.search(r"[？?]$", u.text)) if verdicts else False

    def judge_claim(claim: str) -> str | None:
        """The claim a yes/no lead answers, judged as a sentence of its own: verified,
        contradicted (a reader or the sources say otherwise), or None (undecided)."""
        got: list[SentenceVerdict] = []
        state = {"severity": qfacts.severity, "condition": condition, "after_question": False, "measures": [],
                 "asked": C.severities_in(question, book), "previous": "", "question": question, "opening": False}
        _judge(Unit(claim, "sentence", 0), book, sources, qfacts, cited, default_doc, got, [],
               lambda t, why: got.append(SentenceVerdict(t, "unsupported", why)), set(), state=state)
        if state.get("contradicted"):
            return "contradicted"
        return "verified" if got and got[-1].verdict == "verified" else None

    alarmsing_at = reg4alarm_at[:len(verdicts)] + [reg4alarm_line] * (len(verdicts) - len(reg4alarm_at))
    for alarmsing_i, alarmsing_v in enumerate(verdicts):
        # "见本办法第7条第（三）项。" after its claim: the claims before it cited so (pointer.py)
        alarmsing_refs = alarmsing_PT.pointed(alarmsing_v.text) if alarmsing_v.verdict == "unsupported" else None
        if alarmsing_refs is None or _named_articles(alarmsing_refs, sources, default_doc)[1]:
            continue
        alarmsing_block = [j for j in alarmsing_PT.block_before(alarmsing_at, alarmsing_i)
                           if verdicts[j].verdict not in ("framing", "lead")]
        alarmsing_got, alarmsing_against = [], False
        for j in alarmsing_block:
            got: list[SentenceVerdict] = []
            again = {"severity": qfacts.severity, "condition": condition, "after_question": False, "measures": [],
                     "asked": C.severities_in(question, book), "previous": "", "question": question, "opening": False,
                     "draft": draft}
            _judge(Unit(alarmsing_PT.cited(verdicts[j].text, alarmsing_refs), "sentence", alarmsing_at[j]), book,
                   sources, qfacts, cited, default_doc, got, [],
                   lambda t, why: got.append(SentenceVerdict(t, "unsupported", why)), set(), state=again)
            alarmsing_got.append(got)
            alarmsing_against = alarmsing_against or bool(again.get("contradicted"))
        if not alarmsing_block or alarmsing_against or not all(
                g and all(x.verdict in ("verified", "quote") for x in g) for g in alarmsing_got):
            continue
        for j, got in zip(alarmsing_block, alarmsing_got):
            problems[:] = [p for p in problems if not p.startswith(f"「{verdicts[j].text[:40]}」：")]
            verdicts[j].verdict, verdicts[j].support = "verified", got[-1].support
        problems[:] = [p for p in problems if not p.startswith(f"「{alarmsing_v.text[:40]}」：")]
        alarmsing_v.verdict, alarmsing_v.support = "framing", f"指向上文所依据的条文（{alarmsing_refs}）"
    for alarmsing_i, alarmsing_v in enumerate(verdicts):
        # "这两类依照《…》处理。" after the items: the list's opening line said of them (list_anaphor.py)
        if alarmsing_v.verdict != "unsupported" or alarmsing_LA.predicate(alarmsing_v.text) is None:
            continue
        alarmsing_block = alarmsing_PT.block_before(alarmsing_at, alarmsing_i)
        alarmsing_before = "".join(verdicts[j].text for j in alarmsing_block)
        alarmsing_named = _named_articles(alarmsing_v.text, sources, default_doc)[0] or [
            p for j in alarmsing_block for r in find_refs(verdicts[j].support + verdicts[j].text)
            if r.article and (p := sources.article(r.article, (sources.doc_by_title(r.doc_title) if r.doc_title else None)
                                                   or default_doc)) is not None]
        alarmsing_held = next((p for p in alarmsing_named if p.article and (whole := sources.article(p.article, p.doc_id))
                               and alarmsing_LA.said_of_items(alarmsing_v.text, alarmsing_before, whole.text)), None)
        if alarmsing_held is None:
            continue
        problems[:] = [p for p in problems if not p.startswith(f"「{alarmsing_v.text[:40]}」：")]
        alarmsing_v.verdict, alarmsing_v.support = "verified", f"{alarmsing_held.label}（所列各项的总括句）"
    if ingchk_focus.passages_only(book):
        reg4alarm_at = reg4alarm_at[:len(verdicts)] + [reg4alarm_line] * (len(verdicts) - len(reg4alarm_at))
        _counted_leads(verdicts, problems, reg4alarm_at, draft, sources, default_doc)
    r20alarmA_at = reg4alarm_at[:len(verdicts)] + [reg4alarm_line] * (len(verdicts) - len(reg4alarm_at))
    for r20alarmA_i, r20alarmA_v in enumerate(verdicts):
        # "文章介绍的《…》大致三点：": the points of a named document, held by the lines below (titled_lead.py)
        r20alarmA_lead = r20alarmA_TL.lead(r20alarmA_v.text) if r20alarmA_v.verdict in ("unsupported", "framing") else None
        if r20alarmA_lead is None:
            continue
        r20alarmA_below: list[SentenceVerdict] = []
        for r20alarmA_j in range(r20alarmA_i + 1, len(verdicts)):
            if r20alarmA_at[r20alarmA_j] <= r20alarmA_at[r20alarmA_i] or not L.listed_line(draft, r20alarmA_at[r20alarmA_j]):
                break
            r20alarmA_below.append(verdicts[r20alarmA_j])
        r20alarmA_got = r20alarmA_TL.judged(*r20alarmA_lead, [(x.verdict, x.support) for x in r20alarmA_below],
                                            {p.label: p.text for p in sources.passages})
        if r20alarmA_got is None:
            continue
        _settle(r20alarmA_v, problems, r20alarmA_got[0], r20alarmA_got[1])
    # a list lead naming an article that holds none of the items below it (lead_article.py)
    holesb_at = reg4alarm_at[:len(verdicts)] + [reg4alarm_line] * (len(verdicts) - len(reg4alarm_at))
    for holesb_i, holesb_v in enumerate(verdicts):
        if not holesb_v.support.startswith(holesb_LA.PREFIX):
            continue
        holesb_items = []
        for holesb_j in range(holesb_i + 1, len(verdicts)):
            if holesb_at[holesb_j] != holesb_at[holesb_j - 1] + 1:
                break
            holesb_items.append((verdicts[holesb_j].text, verdicts[holesb_j].verdict, verdicts[holesb_j].support))
        holesb_why = holesb_LA.misplaced(holesb_v.support, holesb_items, lambda label: "".join(
            p.text for r in find_refs(label) if r.article and (p := sources.article(
                r.article, (sources.doc_by_title(r.doc_title) if r.doc_title else None) or default_doc)) is not None))
        if holesb_why:
            holesb_v.verdict, holesb_v.support = "unsupported", holesb_why
            problems.append(f"「{holesb_v.text[:40]}」：{holesb_why}。")
    # an item under a lead naming one article, found in another document (lead_items.py)
    for r17miss_i, r17miss_why in r17miss_LI.misplaced(
            [v.text for v in verdicts], [v.verdict for v in verdicts], [v.support for v in verdicts], holesb_at,
            lambda n: L.listed_line(draft, n),
            lambda lead: (lambda ps: (ps[0].label, ps[0].text) if len(ps) == 1 else None)(
                _named_articles(lead, sources, default_doc)[0])):
        verdicts[r17miss_i].verdict, verdicts[r17miss_i].support = "unsupported", r17miss_why
        problems.append(f"「{verdicts[r17miss_i].text[:40]}」：{r17miss_why}。")
    # "第四条分两种情况：" / "有两个条件层次。": a count judged by the parts after it (announced.py)
    ctx_announced.settle(
        verdicts, problems, reg4alarm_at[:len(verdicts)] + [reg4alarm_line] * (len(verdicts) - len(reg4alarm_at)),
        draft, question, lambda t: [(p.label, p.text) for p in _named_articles(t, sources, default_doc)[0]],
        lambda t: len({c for *_, cat, c in C.marks(t, book) if cat == "role"}), L.listed_line,
        lambda t: [(p.label, p.text) for r in find_refs(t) if r.article and (p := sources.article(
            r.article, (sources.doc_by_title(r.doc_title) if r.doc_title else None) or default_doc)) is not None])
    # "第十三条分三项：（一）…；（二）…；（三）…。": an article's items counted and numbered inline (inline_items.py)
    r23miss_at = reg4alarm_at[:len(verdicts)] + [reg4alarm_line] * (len(verdicts) - len(reg4alarm_at))
    for r23miss_i, r23miss_v in enumerate(verdicts):
        r23miss_lead = r23miss_II.lead(r23miss_v.text) if r23miss_v.verdict in ("verified", "quote") else None
        r23miss_held = _named_articles(r23miss_v.text[:r23miss_lead.end("ref")], sources, default_doc)[0] if r23miss_lead else []
        if len(r23miss_held) != 1 or r23miss_held[0].article is None:
            continue
        r23miss_js = [r23miss_i] + [j for j in range(r23miss_i + 1, len(verdicts)) if r23miss_at[j] == r23miss_at[r23miss_i]]
        for r23miss_k, r23miss_why in r23miss_II.problems(
                [verdicts[j].text for j in r23miss_js], r23miss_held[0].label,
                _item_counter(sources, r23miss_held[0].doc_id)(r23miss_held[0].article)).items():
            r23miss_w = verdicts[r23miss_js[r23miss_k]]
            if r23miss_w.verdict in ("verified", "quote"):
                r23miss_w.verdict, r23miss_w.support = "unsupported", r23miss_why
                problems.append(f"「{r23miss_w.text[:40]}」：{r23miss_why}。")
    ctx_topic.settle(verdicts, problems, lambda t: "".join(p.text for r in find_refs(t) if r.article and (p := sources.article(
        r.article, (sources.doc_by_title(r.doc_title) if r.doc_title else None) or default_doc)) is not None))  # 讲期限怎么算：
    # "这个不归这份办法管。" before a referral of the matter asked to a text not held (outside_referred.py)
    oldreg_OR.settle(verdicts, problems, question, lambda t: "\n".join(p.text for r in find_refs(t) if r.article and r.internal and (
        p := sources.article(r.article, default_doc)) is not None), lambda title: sources.doc_by_title(title) is not None)
    ctx_force.settle(verdicts, problems, lambda s: [p.text for r in find_refs(s) if r.article and (p := sources.article(
        r.article, (sources.doc_by_title(r.doc_title) if r.doc_title else None) or default_doc)) is not None])  # “可”，不是硬性要求
    r10alarmB_quoted = V.quoted_answer(question)
    for r10alarmB_v in verdicts if r10alarmB_quoted else []:
        r10alarmB_sign = r10alarmB_GR.sign(r10alarmB_v.text) if r10alarmB_v.verdict == "unsupported" else None
        r10alarmB_got = judge_claim(r10alarmB_quoted) if r10alarmB_sign is not None else None
        if r10alarmB_got is None:
            continue                     # (an answer the checker cannot decide decides no remark)
        # "回答没有编造清单内容，做法正确。": a remark on the quoted answer, decided as a mark (graded_remarks.py)
        r10alarmB_ok = (r10alarmB_got == "verified") == r10alarmB_sign
        problems[:] = [p for p in problems if not p.startswith(f"「{r10alarmB_v.text[:40]}」：")]
        r10alarmB_v.verdict = "verified" if r10alarmB_ok else "unsupported"
        r10alarmB_v.support = f"所批改的回答“{r10alarmB_quoted[:30]}”" + ("与评语相符" if r10alarmB_ok else "与评语不符")
        if not r10alarmB_ok:
            problems.append(f"「{r10alarmB_v.text[:40]}」：{r10alarmB_v.support}。")
    for r10alarmB_i, r10alarmB_ok, r10alarmB_why in r10alarmB_TL.judged(verdicts, sources, support):
        # "报告把2015年和2010年做了对比：" held to the passage its rows rest on (table_lead.py)
        r10alarmB_v = verdicts[r10alarmB_i]
        _settle(r10alarmB_v, problems, r10alarmB_ok, r10alarmB_why)
    for r10alarmB_got in r10alarmB_CI.judged(verdicts, sources):
        # "论文提到两份文件。" judged by the parts marked 一是、二是 after it (counted_items.py)
        r10alarmB_v = verdicts[r10alarmB_got.index]
        _settle(r10alarmB_v, problems, r10alarmB_got.ok, r10alarmB_got.why)
    for regalarm_v in verdicts:
        # "批改：学员写「…」，条文和日期都对，给满分。": the quoted answer judged, the marks by it (inline_marks.py)
        regalarm_mark = regalarm_IM.marked(regalarm_v.text) if regalarm_v.verdict == "unsupported" else None
        regalarm_got = judge_claim(regalarm_mark[0]) if regalarm_mark else None
        if regalarm_got is None:
            continue                     # (an answer the checker cannot decide decides no mark)
        regalarm_ok = (regalarm_got == "verified") == regalarm_mark[1]
        problems[:] = [p for p in problems if not p.startswith(f"「{regalarm_v.text[:40]}」：")]
        regalarm_v.verdict = "verified" if regalarm_ok else "unsupported"
        regalarm_v.support = f"所批改的回答“{regalarm_mark[0][:30]}”" + ("与评语相符" if regalarm_ok else "与评语不符")
        if not regalarm_ok:
            problems.append(f"「{regalarm_v.text[:40]}」：{regalarm_v.support}。")
    for reg6alarm_i, reg6alarm_ok, reg6alarm_why in reg6alarm_MK.judged(verdicts):
        # "评分：满分。" / "答案正确，给满分。": true exactly when the answer beside it is (marking.py)
        reg6alarm_v = verdicts[reg6alarm_i]
        _settle(reg6alarm_v, problems, reg6alarm_ok, reg6alarm_why, "。")
    for r17alarm_i, r17alarm_v in enumerate(verdicts):
        # "这些是报告所说“八个大幅增长”里的几项。": the figures before under that name (under_heading.py)
        r17alarm_got = r17alarm_UH.judged(r17alarm_v.text, verdicts[:r17alarm_i], sources.passages) \
            if r17alarm_v.verdict == "unsupported" else None
        if r17alarm_got is not None:
            _settle(r17alarm_v, problems, r17alarm_got[0], r17alarm_got[1], "。")
    for r17alarm_i, r17alarm_v in enumerate(verdicts):
        # "点评：准确，条件“较大损失或者不良影响”也写到了。": a review of the answer beside it (review_remarks.py)
        if r17alarm_v.verdict != "unsupported" or r17alarm_RR.remark(r17alarm_v.text) is None:
            continue
        r17alarm_rest = [v for j, v in enumerate(verdicts) if j != r17alarm_i and v.verdict != "framing"]
        if not r17alarm_rest or any(v.verdict not in ("verified", "quote") for v in r17alarm_rest):
            continue
        r17alarm_got = r17alarm_RR.judged(r17alarm_v.text, [v.text for v in r17alarm_rest], lambda ref: next(
            (p.text for r in find_refs(ref) if r.article and (p := sources.article(r.article, default_doc)) is not None), None),
            [v.text for v in verdicts[:r17alarm_i] if v.verdict != "framing"])
        if r17alarm_got is None:
            continue
        _settle(r17alarm_v, problems, r17alarm_got[0], r17alarm_got[1], "。")
    for r12alarmB_i, r12alarmB_why in r12alarmB_UA.judged(
            [v.text for v in verdicts], [v.verdict for v in verdicts], lambda t: C.carries_claim(t, book),
            lambda t: sources.doc_by_title(t) is not None or t in sources.titles):
        # "有这样一条，但内容看不到。" held by the absence said beside it (unavailable.py)
        r12alarmB_v = verdicts[r12alarmB_i]
        problems[:] = [p for p in problems if not p.startswith(f"「{r12alarmB_v.text[:40]}」：")]
        r12alarmB_v.verdict, r12alarmB_v.support = "verified", r12alarmB_why
    for r20alarmA_v, r20alarmA_next in zip(verdicts, verdicts[1:] + [None]):
        # "而且规定本身就是这么要求的。": the duty held by the sentence after it (so_required.py)
        if r20alarmA_v.verdict != "unsupported" or not r20alarmA_SR.says_required(r20alarmA_v.text):
            continue
        r20alarmA_got = r20alarmA_SR.judged(r20alarmA_v.text, question, r20alarmA_next.text if r20alarmA_next else "",
                                            r20alarmA_next.verdict if r20alarmA_next else "")
        if r20alarmA_got is not None and r20alarmA_got[0]:
            problems[:] = [p for p in problems if not p.startswith(f"「{r20alarmA_v.text[:40]}」：")]
            r20alarmA_v.verdict, r20alarmA_v.support = "verified", r20alarmA_got[1]
    _resolve_leads(verdicts, problems, qfacts, book, question, judge_claim,
                   whole=lambda n: (p := sources.article(n, default_doc)) is not None and not p.truncated,
                   # the passages a verdict's support names by label (chosen_alternative.held)
                   passages_of=lambda support: [p.text for p in sources.passages if p.label and support.startswith(p.label)])
    for reg6miss_v, reg6miss_next in zip(verdicts, verdicts[1:]):
        # a yes held by the sentence after it affirms the question's figure too (asked_figure.py)
        if reg6miss_v.verdict != "verified" or reg6miss_v.support != "后一句有依据" or \
                not reg6miss_AF.affirms(reg6miss_v.text, question):
            continue
        reg6miss_texts = [p.text for r in find_refs(reg6miss_next.support) if r.article and
                          (p := sources.article(r.article, (sources.doc_by_title(r.doc_title) if r.doc_title else None)
                                                or default_doc)) is not None]
        reg6miss_got = reg6miss_AF.held(question, reg6miss_next.text, reg6miss_texts)
        if reg6miss_got is not None and not reg6miss_got[0]:
            reg6miss_v.verdict, reg6miss_v.support = "unsupported", reg6miss_got[1]
            problems.append(f"「{reg6miss_v.text}」：开头的回答与规则不符（{reg6miss_got[1]}）。")
    for wsz4_v, wsz4_next in zip(verdicts, verdicts[1:]):
        # a yes to "能直接…吗" before a sentence that makes the act wait on a step (direct_yes.py)
        if wsz4_v.verdict == "verified" and wsz4_DY.contradicted(wsz4_v.text, question, wsz4_next.text):
            wsz4_v.verdict, wsz4_v.support = "unsupported", "后一句要求先经过一步，问的是能否直接做"
            problems.append(f"「{wsz4_v.text}」：开头的回答与规则不符（{wsz4_v.support}）。")
    for regalarm3_i, regalarm3_v in enumerate(verdicts):
        # "诫勉谈话不在里面。" after a list the draft gave: held to that list (not_in_list.py)
        if not regalarm3_NL.may_concern(regalarm3_v.text):
            continue
        regalarm3_got = regalarm3_NL.judged(regalarm3_i, [v.text for v in verdicts], [v.verdict for v in verdicts],
                                            [v.support for v in verdicts], lambda sup: regalarm3_NL.articles_of(
                                                sup, lambda n, t: getattr(sources.article(
                                                    n, (sources.doc_by_title(t) if t else None) or default_doc), "text", None)))
        if regalarm3_got is not None:
            problems[:] = [p for p in problems if not p.startswith(f"「{regalarm3_v.text[:40]}」：")]
            if regalarm3_got[0]:
                regalarm3_v.verdict, regalarm3_v.support = "verified", regalarm3_got[1]
            else:
                regalarm3_v.verdict, regalarm3_v.support = "unsupported", regalarm3_got[1]
                problems.append(f"「{regalarm3_v.text[:40]}」：{regalarm3_got[1]}。")
    for holesb_v in verdicts:
        # a unit of the rule data's roles said with a rank it has no row for (role_composed.py)
        holesb_rc = holesb_RC.problems(holesb_v.text, book) if holesb_v.verdict == "verified" else []
        if holesb_rc:
            holesb_v.verdict, holesb_v.support = "unsupported", holesb_rc[0]
            problems.append(f"「{holesb_v.text[:40]}」：{holesb_rc[0]}。")
    for miss2_v in verdicts:
        # an order of two acts (先…然后再…) the sources never give (ordered_steps.py)
        miss2_order = miss2_OS.problems(miss2_v.text, sources.passages) if miss2_v.verdict == "verified" else []
        if miss2_order:
            miss2_v.verdict, miss2_v.support = "unsupported", "；".join(miss2_order)
            problems.append(f"「{miss2_v.text[:40]}」：{miss2_v.support}。")
    # the articles each verified sentence is held to, looked up once for the four readings below
    # (a sentence's text and support decide them; a reading that fails a sentence changes its
    # support, and the readings after it skip it)
    held_of: dict[tuple[str, str], list[tuple[int | None, str]]] = {}

    def held(v: SentenceVerdict) -> list[tuple[int | None, str]]:
        key = (v.text, v.support)
        if key not in held_of:
            held_of[key] = _held_articles(v, book, sources, default_doc)
        return held_of[key]

    for clauses_v in verdicts:
        # a list, a verb's object or an item's consequence taken from another clause of the
        # article the sentence restates than the one it restates (one_clause.py)
        clauses_held = held(clauses_v) if clauses_v.verdict == "verified" else []
        clauses_run = r8b_per_article.parts(Unit(clauses_v.text, "sentence", 0)) if clauses_v.verdict == "verified" else None
        if clauses_run:
            # "第十一条规定A，第十六条规定B": each clause held to its own article's clauses (r17alarm)
            clauses_why = [w for part in clauses_run if clauses_OC.may_concern(part.text) for w in clauses_OC.problems(
                part.text, [(n, t) for n, t in clauses_held if n == r8b_per_article._article(part.text)])]
            # and a clause another reader contradicts on its own (第十六条规定…通报批评) fails the run
            clauses_why += [f"“{part.text[:30]}”不成立" for part in clauses_run
                            if not clauses_why and judge_claim(part.text) == "contradicted"][:1]
        else:
            clauses_why = clauses_OC.problems(clauses_v.text, clauses_held) \
                if clauses_v.verdict == "verified" and clauses_OC.may_concern(clauses_v.text) else []
        if not clauses_why and clauses_v.verdict == "verified" and not clauses_held and "、" in clauses_v.text:
            # a list restated from a section of a paper or report the support names (《…》二（一）1),
            # held to the section's sentences as to an article's clauses (passage_held.py)
            clauses_why = clauses_OC.list_problems(clauses_v.text, wpsz_PH.held(clauses_v.support, sources))
        if clauses_why:
            clauses_v.verdict, clauses_v.support = "unsupported", clauses_why[0]
            problems.append(f"「{clauses_v.text[:40]}」：{clauses_why[0]}。")
    for table_v in verdicts:
        # a grade of a table given another row's measure, or a column's measure under another
        # column's subject (table_rows.py)
        table_held = held(table_v) if table_v.verdict == "verified" else []
        table_why = table_TR.problems(table_v.text, table_held) if table_held and table_TR.may_concern(table_v.text) else []
        # a count of groups (两组, 三档) the one article it is said of does not divide into (group_count.py)
        if not table_why and table_held and table_GC.may_concern(table_v.text):
            table_why = table_GC.problems(table_v.text, table_held)
        # an act placed after an event the text places it before, or the other way (before_after.py)
        if not table_why and table_held and table_BA.may_concern(table_v.text):
            table_why = table_BA.problems(table_v.text, table_held)
        if table_why:
            table_v.verdict, table_v.support = "unsupported", table_why[0]
            problems.append(f"「{table_v.text[:40]}」：{table_why[0]}。")
    lfmiss_texts: tuple[str, ...] | None = None     # the document's passages, read once (below)
    for lfmiss_v in verdicts:
        if lfmiss_v.verdict != "verified":
            continue
        lfmiss_held = held(lfmiss_v)
        if lfmiss_texts is None:
            lfmiss_texts = tuple(p.text for p in sources.of_document(default_doc))
        # a term of a sibling part of the article said where the part restated says another: a
        # grade's consequence, a subject's figure (swapped_term.py)
        lfmiss_why = lfmiss_ST.problems(lfmiss_v.text, question, lfmiss_held) if lfmiss_ST.may_concern(lfmiss_v.text) else []
        # a consent (经其同意, 经批准) the paragraph restated never names (approval_said.py)
        lfmiss_why = lfmiss_why or (lfmiss_AS.problems(lfmiss_v.text, lfmiss_held, lfmiss_texts) if lfmiss_AS.may_concern(lfmiss_v.text) else [])
        # a duty denied by its noun (拒收后没有报告义务) the articles held impose (duty_denied.py)
        lfmiss_why = lfmiss_why or (lfmiss_DD.problems(lfmiss_v.text, lfmiss_held) if lfmiss_DD.may_concern(lfmiss_v.text) else [])
        # a body said by what it does (焚烧厂) where the definitions put it in another class than the
        # clause restated (defined_class.py)
        if not lfmiss_why and lfmiss_DC.may_concern(lfmiss_texts):
            lfmiss_why = lfmiss_DC.problems(lfmiss_v.text, lfmiss_held, lfmiss_texts)
        # an act affirmed that the lead of the question's case's list denies (case_lead.py)
        if not lfmiss_why and lfmiss_CL.may_concern(lfmiss_v.text, question):
            lfmiss_why = lfmiss_CL.problems(lfmiss_v.text, question, lfmiss_texts)
        if lfmiss_why:
            lfmiss_v.verdict, lfmiss_v.support = "unsupported", lfmiss_why[0]
            problems.append(f"「{lfmiss_v.text[:40]}」：{lfmiss_why[0]}。")
    for r17miss_v in verdicts:
        if r17miss_v.verdict != "verified":
            continue
        r17miss_held = held(r17miss_v)
        # a span of articles (第五条到第九条) where the article enumerates them with a gap (article_span.py),
        # a case the article excludes from a measure (X不适用Y) said to take it (excluded_case.py),
        # an act the article runs in step with another party's said to come after it (in_step.py),
        # a member joined into the article's own words (和决策) that it nowhere has (inserted_member.py),
        # a party paired in step with another partner than the article's (step_partner.py)
        r17miss_why = (r17miss_AS.problems(r17miss_v.text, r17miss_held) if "条" in r17miss_v.text else []) or \
            r17miss_EC.problems(r17miss_v.text, r17miss_held) or r17miss_IS.problems(r17miss_v.text, r17miss_held) or \
            r17miss_IM.problems(r17miss_v.text, r17miss_held) or \
            (wpsz_SP.problems(r17miss_v.text, r17miss_held) if wpsz_SP.may_concern(r17miss_v.text) else [])
        if r17miss_why:
            r17miss_v.verdict, r17miss_v.support = "unsupported", r17miss_why[0]
            problems.append(f"「{r17miss_v.text[:40]}」：{r17miss_why[0]}。")
    for r19miss_v in verdicts:
        if r19miss_v.verdict != "verified":
            continue
        # two figures each given the other's noun (办理建议707件、提案325件) (paired_figures.py)
        r19miss_why = r19miss_PF.problems(r19miss_v.text, [p.text for p in sources.passages]) \
            if r19miss_PF.may_concern(r19miss_v.text) else []
        # a denial that the text mentions what it names word for word (mention_denied.py)
        if not r19miss_why and r19miss_MD.may_concern(r19miss_v.text):
            r19miss_why = r19miss_MD.problems(r19miss_v.text, question,
                                              lambda n: getattr(sources.article(n, default_doc), "text", None),
                                              "\n".join(p.text for p in sources.of_document(default_doc)))
        # a title given as an act's basis that the held articles do not act by (basis_title.py)
        if not r19miss_why and r19miss_BT.may_concern(r19miss_v.text):
            r19miss_why = r19miss_BT.problems(r19miss_v.text, held(r19miss_v),
                                              "\n".join(p.text for p in sources.passages), sources.aliases)
        # a case said to get no measure that the held article gives one (case_unmeasured.py)
        if not r19miss_why and r19miss_CU.may_concern(r19miss_v.text):
            r19miss_why = r19miss_CU.problems(r19miss_v.text, held(r19miss_v))
        # the basis of an act said not to be given where the held article gives it (basis_denied.py)
        if not r19miss_why and r19miss_BD.may_concern(r19miss_v.text):
            r19miss_why = r19miss_BD.problems(r19miss_v.text, held(r19miss_v))
        # 它 taking up the sentence's first measure: the claim made of it (pronoun_topic.py)
        if not r19miss_why and r19miss_PT.may_concern(r19miss_v.text):
            r19miss_claim = r19miss_PT.resolved(r19miss_v.text, book)
            if r19miss_claim and judge_claim(r19miss_claim) == "contradicted":
                r19miss_why = [f"“{r19miss_claim[:30]}”不成立"]
        # a list said of one article that another article holds word for word (list_elsewhere.py)
        if not r19miss_why and r19miss_LE.may_concern(r19miss_v.text):
            r19miss_why = r19miss_LE.problems(r19miss_v.text, lambda n: getattr(sources.article(n, default_doc), "text", None),
                                              sources.articles(default_doc))
        # a result said of another period (全年 for 下半年) than the passage gives it (period_swapped.py)
        if not r19miss_why and r19miss_PS.may_concern(r19miss_v.text):
            r19miss_why = r19miss_PS.problems(r19miss_v.text, [p.text for p in sources.passages])
        if r19miss_why:
            r19miss_v.verdict, r19miss_v.support = "unsupported", r19miss_why[0]
            problems.append(f"「{r19miss_v.text[:40]}」：{r19miss_why[0]}。")
    def article_text(n: int) -> str | None:
        return getattr(sources.article(n, default_doc), "text", None)

    def item_case(v: SentenceVerdict) -> list[str]:
        # the document the sentence's support names: an item cited with no title is that one's
        doc = _sentence_doc(v.support, sources, default_doc)
        return g15miss_SB.problems(v.text, question, lambda n: getattr(sources.article(n, doc), "text", None),
                                   [p.text for p in sources.of_document(doc)])

    _fail_first(verdicts, problems, [
        # the order the question asks denied (没有对此作要求) where the text dates one event by the other (order_asked.py)
        (wmiss11_OA.may_concern, lambda v: wmiss11_OA.problems(
            v.text, question, [p.text for p in sources.of_document(default_doc)])),
        # what 前条 / 本条 / 前款 points to, by place (relative_referent.py)
        (g14miss_RR.may_concern, lambda v: g14miss_RR.problems(v.text, question, article_text)),
        # what an article says it does not preclude (不影响B) said to be precluded (not_precluded.py)
        (g14miss_NP.may_concern, lambda v: g14miss_NP.problems(v.text, held(v))),
        # a case the text excepts (但是，X除外) said to be included (excepted_included.py)
        (g14miss_EI.may_concern, lambda v: g14miss_EI.problems(v.text, held(v))),
        # a case the text excepts (…的，P；但是，X的除外) given P all the same (excepted_benefit.py)
        (wsz3_EB.may_concern, lambda v: wsz3_EB.problems(v.text, held(v))),
        # bodies said to act together (A和B负责) that no clause of the text names together (joint_bodies.py)
        (wsz3_JB.may_concern, lambda v: wsz3_JB.problems(v.text, sources.passages)),
        # a rule restated with one part of its case left out (X的，Y for X，Z的，Y) (condition_part_dropped.py)
        (wsz3_CD.may_concern, lambda v: wsz3_CD.problems(v.text, held(v))),
        # two parts of a case joined by 或者 where the text joins them as both required, or the reverse (connective.py)
        (wsz4_CN.may_concern, lambda v: wsz4_CN.problems(v.text, held(v))),
        # a case given by its figures (X以上不满Y的) given the body of another statement (case_body.py)
        (wsz4_CB.may_concern, lambda v: wsz4_CB.problems(v.text, held(v))),
        # a floor or ceiling (至少 / 最多 + figure) the held text does not set on that figure (bound_added.py)
        (wsz4_BA.may_concern, lambda v: wsz4_BA.problems(v.text, held(v))),
        # one grade of the sanctions' scale (降级 for 撤职) in the held text's own frame (sanction_grade.py)
        (wsz4_SG.may_concern, lambda v: wsz4_SG.problems(v.text, held(v))),
        # the ground of an act (根据X，act) held to the held statement taking that act (basis_of_act.py)
        (wsz4_BO.may_concern, lambda v: wsz4_BO.problems(v.text, held(v))),
        # a rule "C的，R" restated as R with its case C said nowhere in the draft or question (case_dropped.py)
        (lambda t: wsz4_CX.asks_content(question) and wsz4_CX.may_concern(t),
         lambda v: wsz4_CX.problems(v.text, held(v), question + draft)),
        # the articles an act is said to follow (按第X条、第Y条 + act), held to the document's (ref_act.py)
        (wsz4_RA.may_concern, lambda v: wsz4_RA.problems(
            v.text, [p.text for p in sources.of_document(_sentence_doc(v.text, sources, default_doc))])),
        # the partner of an act (A会同B认定) held to the document's clauses of that act (partner_of_act.py)
        (wsz4_PA.may_concern, lambda v: wsz4_PA.problems(
            v.text, [p.text for p in sources.of_document(_sentence_doc(v.text, sources, default_doc))])),
        # a count (人数, 金额, 次数…) said not to be given where a clause of the text gives it (count_absent.py)
        (wsz4_CA.may_concern, lambda v: wsz4_CA.problems(
            v.text, [p.text for p in sources.of_document(_sentence_doc(v.text, sources, default_doc))])),
        # one duty said to be all a party does, where the text joins another with 并 (only_duty.py)
        (g14miss_OD.may_concern, lambda v: g14miss_OD.problems(v.text, held(v))),
        # an article said to write only one act, where its sentence joins another to it (only_written.py)
        (wmiss9_OW.may_concern, lambda v: wmiss9_OW.problems(v.text, held(v))),
        # one act said to be the only one of its kind, where the article gives another (only_one.py)
        (g14miss_O1.may_concern, lambda v: g14miss_O1.problems(v.text, held(v))),
        # a state bounded by one event (在E前暂缓执行) said to last to another (bound_moved.py)
        (g14miss_BM.may_concern, lambda v: g14miss_BM.problems(v.text, held(v))),
        # a case tied to an item cited by 按 / 依照: the item's own case, under its list's subject
        # (cited_item_case.py)
        (g14miss_CI.may_concern, lambda v: g14miss_CI.problems(v.text, article_text)),
        # the doer of an act said as its topic (约谈由X负责) held to the text's doers (topic_agent.py)
        (g14miss_TA.may_concern, lambda v: g14miss_TA.problems(v.text, (p.text for p in sources.of_document(default_doc)))),
    ])
    _fail_first(verdicts, problems, [
        # a rate (每起扣5分) whose figure the held articles give at no rate of its kind (rate_figure.py)
        (g15miss_RF.may_concern, lambda v: g15miss_RF.problems(v.text, held(v))),
        # an act said to have no time limit whose clause bounds it (2年内不得…) (unbounded_term.py)
        (g15miss_UT.may_concern, lambda v: g15miss_UT.problems(v.text, held(v))),
        # one party's predicate said of another party of the same article (subject_swap.py)
        (g15miss_SS.may_concern, lambda v: g15miss_SS.problems(v.text, held(v))),
        # a measure given to one party where the clause gives it to another (party_measure.py)
        (g15miss_PM.may_concern, lambda v: g15miss_PM.problems(v.text, held(v))),
        # an act said to be one body's in every case (都由X作出) where the text divides the cases
        # between bodies (universal_agent.py)
        (g15miss_UA.may_concern, lambda v: g15miss_UA.problems(v.text, held(v))),
        # a group quoted from a clause (“前款规定以外的运营单位”) given to another body than that
        # clause's doer (quoted_group_body.py)
        (g15miss_QG.may_concern, lambda v: g15miss_QG.problems(v.text, held(v))),
        # a bar (不得X) over an act the document bars nowhere, its article's bar over another act
        # (bar_scope.py; every document's passages: a sentence naming no document may be held to another one)
        (g15miss_BS.may_concern, lambda v: g15miss_BS.problems(v.text, [p.text for p in sources.passages])),
        # the point of a range an amount is set at (上限, 中间值) other than the held text's (range_point.py)
        (heldmiss_RP.may_concern, lambda v: heldmiss_RP.problems(v.text, held(v))),
        # a party the held text says may not be charged (不得向X收取), said to bear the cost (barred_party.py)
        (heldmiss_BP.may_concern, lambda v: heldmiss_BP.problems(v.text, held(v))),
        # the asker's case placed in an item while its figure meets a later item's bound (sibling_bound.py)
        (lambda text: g15miss_SB.may_concern(text, question), item_case),
    ])

    def held_passages(v: SentenceVerdict) -> list[SourceText]:
        # (a sentence held to no article: the section of a paper or report its support names,
        # passage_held.py, so that what it reports is read against that section: g19miss)
        texts = {t for n, t in held(v) or wpsz_PH.held(v.support, sources)}
        return [p for p in sources.passages if p.text in texts]

    def doc_articles() -> dict[int, str]:
        return {n: t for n in sources.articles(default_doc) if (t := article_text(n)) is not None}

    def places_alone(v: SentenceVerdict) -> list[str]:
        doc, said = r20alarmB_PL.count_alone(v.text)
        own = r20alarmB_PL.cited_in(doc, [p.text for p in sources.of_document(default_doc) if p.article is not None])
        every = r20alarmB_PL.cited_in(doc, [p.text for p in sources.passages])
        return [] if said in (own, every) else [f"本规定有{own}条提到{doc}，不是{said}处"]

    _fail_first(verdicts, problems, [
        # a universal (所有X都…) over what the restated clause names with a qualifier (universal.py,
        # held to the articles the sentence is held to)
        (lambda text: bool(reg4miss_UN._UNIVERSAL.search(text)),
         lambda v: reg4miss_UN.problems(v.text, held_passages(v), sources.of_document(default_doc), residual_said=True)),
        # a statement said to hold without exception (没有例外) where the held article makes one (no_exception.py)
        (g19miss_NE.may_concern,
         lambda v: g19miss_NE.problems(v.text, [t for n, t in held(v) if n is None] +
                                       [a for n, t in held(v) if n is not None and (a := article_text(n))])),
        # an act said of a case at every grade (不论等级，均须…) that one grade's article leaves out
        # (every_grade.py)
        (r21miss_EG.may_concern, lambda v: r21miss_EG.problems(v.text, doc_articles())),
        # a principle or power given as an act's basis other than the held articles' (basis_named.py)
        (r21miss_BN.may_concern, lambda v: r21miss_BN.problems(v.text, held(v))),
        # articles said to mention a document that they do not name (mentioned_in.py)
        (r21miss_MI.may_concern, lambda v: r21miss_MI.problems(v.text, article_text,
                                                              "\n".join(p.text for p in sources.passages), sources.aliases)),
        # the party a duty is owed to after 向, other than the restated sentence's (owed_to.py)
        (r21miss_OT.may_concern, lambda v: r21miss_OT.problems(v.text, [t for n, t in held(v)] or
                                                              [p.text for p in sources.passages if p.label and p.label in v.support])),
        # a count of the places a document is cited, said alone (places_lead.count_alone): neither the
        # regulation's articles nor the passages of every source that name it
        (lambda text: r20alarmB_PL.count_alone(text) is not None, places_alone),
        # another document's articles given as the rule for a matter the cited article does not tie
        # them to (external_articles.py)
        (r21miss_EA.may_concern, lambda v: r21miss_EA.problems(v.text, article_text, [p.text for p in sources.passages],
                                                              lambda title: sources.doc_by_title(title) is not None)),
        # what a quoted phrase is said to name (把Y概括为“Q”), held to the source sentences that say Q
        # (named_as.py)
        (r21miss_NA.may_concern, lambda v: r21miss_NA.problems(v.text, [p.text for p in sources.passages])),
        # an answer to 哪条 that opens by placing the matter in another article (which_article.py)
        (lambda text: bool(r8miss_WA._LEAD.match(text.strip())),
         lambda v: [w.rstrip("。")] if (w := r8miss_WA.lead_misanswered(v.text, question, sources, default_doc)) else []),
    ])
    r22miss_measures = [m for ms in book.regulation.measure_sets for m in ms.measures]
    _fail_first(verdicts, problems, [
        # members put under a term the text defines (都列为本规定所称X) that its definition lacks
        # (defined_members.py)
        (r22miss_DM.may_concern, lambda v: r22miss_DM.problems(v.text, held(v), (p.text for p in sources.of_document(default_doc)),
                                                              lambda t, listed: SW.same_terms(t, listed, book))),
        # a condition the held article attaches to the act (根据X，可…), said not to be one (不以X为前提)
        # (condition_denied.py)
        (r22miss_CD.may_concern, lambda v: r22miss_CD.problems(v.text, held(v))),
        # a member the text lists in a class (a measure of the rule data, a line of a 下列方式 list),
        # said not to be of it (membership_denied.py)
        (r22miss_MD.may_concern, lambda v: r22miss_MD.problems(
            v.text, r22miss_measures, default_doc == book.regulation.document,
            [p.text for p in sources.of_document(default_doc) if p.article is not None])),
        # a figure given another subject's place or the other direction of its bound (figure_subject.py)
        (r22miss_FS.may_concern, lambda v: r22miss_FS.problems(v.text, held(v))),
    ])
    g17miss_referred = _reference_readers(sources, default_doc)[1]

    _fail_first(verdicts, problems, [
        # a figure of one graded clause (；較大事故、重大事故的，…60日) given to a member of another
        # clause of the same sentence (graded_clauses.py)
        (g17miss_GC.may_concern, lambda v: g17miss_GC.problems(v.text, question, sources.of_document(default_doc), draft)),
        # a clause restated word for word but for the article or item it refers to (reference_frame.py)
        (g17miss_RF.may_concern, lambda v: g17miss_RF.problems(v.text, sources.of_document(default_doc))),
        # a term glossed with the definition the text gives another term (definition_swap.py)
        (g17miss_DS.may_concern, lambda v: g17miss_DS.problems(v.text, sources.of_document(default_doc))),
        # a defined term said not to include a member its definition names (denied_member.py)
        (heldmiss2_DM.may_concern, lambda v: heldmiss2_DM.problems(v.text, sources.of_document(default_doc))),
        # a figure the statement the whole sentence restates does not give (sentence_figures.py)
        (g17miss_SF.may_concern, lambda v: g17miss_SF.problems(v.text, question, sources.of_document(default_doc), g17miss_referred)),
        # an item cited by reference (前款第（一）项规定的事故) said to name a sibling item's words (referent_words.py)
        (g17miss_RW.may_concern, lambda v: g17miss_RW.problems(v.text, question, article_text)),
        # a topic of several members carried into a second predicate the text gives fewer (shared_topic.py)
        (g17miss_ST.may_concern, lambda v: g17miss_ST.problems(v.text, sources.of_document(default_doc))),
        # a case said to lose a provision the text takes from other items only (excluded_case.py)
        (lambda t: "适用" in t, lambda v: wmiss8_EC.problems(
            v.text, itemref_IO.sentence_before(draft, v.text), sources.of_document(default_doc))),
    ])
    def g18miss_items(v: SentenceVerdict) -> list[tuple[int | None, str]]:
        # the items the support names (第二十条（二）), else the articles it is held to
        out = []
        for r in find_refs(v.support):
            q = sources.article(r.article, default_doc) if r.article and r.item and not r.doc_number else None
            if q is not None:
                out.append((q.article, _item_of(q, r.item, r.paragraph).text))
        return out or held(v)

    _fail_first(verdicts, problems, [
        # a party given another party's measure in a list by party (分管负责人：通报批评), held to the
        # item the support names (party_measure.py)
        (g18miss_PM.may_concern, lambda v: g18miss_PM.problems(v.text, g18miss_items(v))),
        # a case of a list given the negated or another list's consequence, for a sentence verified by
        # a path that does not ask it (an item citing another article's item: 第7条第1项 read with 第11条)
        (lambda text: "的，" in text or "的," in text,
         lambda v: holes17_CP.problems(v.text, "", sources.of_document(default_doc))),
        # an act said to be done together where the text does it apart, or the other way (manner_reversed.py)
        (g18miss_MR.may_concern, lambda v: g18miss_MR.problems(v.text, (p.text for p in sources.of_document(default_doc)))),
        # a case bounded by a figure said on the other side of it (满10座的 for 不足10座的) (case_bound_turned.py)
        (g18miss_CB.may_concern, lambda v: g18miss_CB.problems(v.text, (p.text for p in sources.of_document(default_doc)))),
    ])
    _fail_first(verdicts, problems, [
        # a term said to be one of what an article lists that the article never names (member_named.py)
        (wmiss5_MN.may_concern, lambda v: wmiss5_MN.problems(v.text, article_text)),
        # an item of a duty list given to another of its lead's subjects than the article gives it (item_assigned.py)
        (wmiss5_IA.may_concern, lambda v: wmiss5_IA.problems(
            v.text, sources.of_document(_sentence_doc(v.text, sources, default_doc)))),
        # a body said to act under the one article cited that never names it (cited_body.py)
        (wmiss5_CB.may_concern, lambda v: wmiss5_CB.problems(
            v.text, sources.of_document(default_doc), article_text)),
        # a list of objects put after the text's own act in place of the text's (object_members.py)
        (wmiss5_OM.may_concern, lambda v: wmiss5_OM.problems(
            v.text, [p.text for p in sources.of_document(_sentence_doc(v.text, sources, default_doc))])),
        # one member of a held article's list said to be all of it (只追究直接责任人员的责任), for a
        # sentence verified by a path that does not read the restriction (only_member.py)
        (lambda t: bool(r9miss_OM._ONLY.search(t)),
         lambda v: [w.rstrip("。") for w in [r9miss_OM.narrowed(v.text, held_passages(v) + [
             p for r in find_refs(v.text) if r.article and not r.doc_title and not r.doc_number
             for p in [sources.article(r.article, default_doc)] if p is not None], book)] if w]),
        # a consequence joined with 并 that the text gives in another paragraph of the article (joined_elsewhere.py)
        (wmiss5_JE.may_concern, lambda v: wmiss5_JE.problems(
            v.text, sources.of_document(_sentence_doc(v.text, sources, default_doc)))),
        # a frequency moved from one member of a clause to another (每季度 for 每月) (span_holder.py)
        (wmiss5_SH.may_concern, lambda v: wmiss5_SH.problems(
            v.text, [p.text for p in sources.of_document(_sentence_doc(v.text, sources, default_doc))])),
    ])
    def wmiss6_added(v: SentenceVerdict, held: list[SourceText]) -> list[str]:
        return wmiss6_AC.problems(v.text, [p.text for p in held],
                                  [p.text for d in {p.doc_id for p in held} for p in sources.of_document(d)], question)

    _fail_first(verdicts, problems, [
        # an answer to the item the question asks about that restates a sibling item (asked_item.py)
        (wmiss6_AI.may_concern, lambda v: wmiss6_AI.problems(v.text, question, article_text)),
        # a clause of its own added to a sentence whose other clauses restate the held passages (added_clause.py)
        (wmiss6_AC.may_concern, lambda v: wmiss6_added(v, held_passages(v))),
        # 即使C也不行 where C is the case the text permits the act in (concessive_denial.py)
        (wmiss6_CD.may_concern, lambda v: [w] if (w := wmiss6_CD.problem(v.text, "\n".join(
            p.text for p in sources.of_document(_sentence_doc(v.text, sources, default_doc))), question + "\n" + draft)) else []),
    ])
    for g17miss_i, g17miss_v in enumerate(verdicts):
        # a condition put before a measure the text joins to the one before with 并 (joined_measures.py)
        if g17miss_v.verdict != "verified" or not g17miss_JM.may_concern(g17miss_v.text):
            continue
        g17miss_why = g17miss_JM.problems(verdicts[g17miss_i - 1].text if g17miss_i else "", g17miss_v.text,
                                          sources.of_document(default_doc))
        if g17miss_why:
            g17miss_v.verdict, g17miss_v.support = "unsupported", g17miss_why[0]
            problems.append(f"「{g17miss_v.text[:40]}」：{g17miss_why[0]}。")
    for miss2_q, miss2_a, miss2_claim in miss2_DL.pairs(draft, book):
        # an answer under a question of the draft (问：…答：停职检查。) is its question's case (dialogue.py)
        miss2_r = check(miss2_q, miss2_claim, book, sources=sources)
        miss2_v = next((v for v in verdicts if miss2_a in v.text and v.verdict != "unsupported"), None)
        if not miss2_r.passed and miss2_v is not None:
            miss2_v.verdict, miss2_v.support = "unsupported", "；".join(miss2_r.problems)
            problems.append(f"「{miss2_v.text[:40]}」：作为“{miss2_q}”的回答不成立（{miss2_v.support}）。")
    if decision and states_decision and require_citations:
        for n in sorted(decision.core_articles() - named_all):
            problems.append(f"没有引用决定所依据的第{int_cn(n)}条。")
    return CheckResult(not problems, list(dict.fromkeys(problems)), verdicts)


def _held_articles(v: SentenceVerdict, book: RuleBook, sources: SourceSet, doc: str) -> list[tuple[int | None, str]]:
    """The articles a verified sentence is held to (one_clause.py): those its support names (an
    article's label, a rule row's id), else those the sentence names."""
    rows = {rid: src for rid, src in book.regulation.sources()}
    found: list[SourceText] = []
    for r in find_refs(v.support):
        if r.article and not r.doc_number and (p := sources.article(r.article, (sources.doc_by_title(r.doc_title) if r.doc_title else None)
                                              or doc)) is not None:
            found.append(p)
    for rid in re.findall(r"(?:^|；)([\w-]+):", v.support):
        src = rows.get(rid)
        if src is not None and src.article and (p := sources.article(src.article, src.doc or doc)) is not None:
            found.append(p)
    if not found:
        found = [sources.article(r.article, d) or p for d, r in _refs(v.text, sources, doc)
                 if (p := sources.article(r.article, d)) is not None]
    return list(dict.fromkeys((p.article, p.text) for p in found))


_UNPLACED = re.compile(r"(?:都|均|也)?(?:并未|未|并没有|没有|没)(?:被)?列(?:入|进)(?:进去|其中)?[。！]?\s*$")


def _talked_of(sentence: str, state: dict, sources: SourceSet, doc: str) -> list[SourceText]:
    """The article the talk is on, for a sentence that says a thing is not listed and names no
    list ("所以…并未列入": 列入 takes a place, left to the talk): the one article the sentence
    before names, else the one the question names (r13c); else none."""
    if not (_UNPLACED.search(sentence) or A.wording_denied(sentence)) or find_refs(sentence) or \
            re.search(r"其中|[这该本此那][一两]?[条款项]", sentence):
        return []       # (wsz3: 后面没有“等”字, a wording of the article talked of, absence.py)
    for said in (state.get("previous") or "", state.get("question") or ""):
        named = _named_articles(said, sources, doc)[0] if said else []
        if len(named) == 1 and not named[0].truncated:
            return named
        if named:
            return []
    return []


def _said_before(draft: str, line: int, sentence: str) -> list[str]:
    """What the draft says before a sentence, nearest first: its own line up to it, then each line
    above."""
    lines = draft.splitlines()
    own = lines[line] if 0 <= line < len(lines) else ""
    before = own[:own.find(sentence)] if sentence and sentence in own else ""
    return [before, *reversed(lines[:max(line, 0)])]


def _article_above(draft: str, line: int, question: str, sources: SourceSet, doc: str, sentence: str = "") -> SourceText | None:
    """The one article the nearest line above that names any names (the sentence's own line up to
    the sentence first), else the one the question names; None when that line (or the question)
    names several or none is named."""
    for said in [*_said_before(draft, line, sentence), question]:
        named = _named_articles(said, sources, doc)[0] if said.strip() else []
        if named:
            return named[0] if len(named) == 1 and not named[0].truncated else None
    return None


def _article_opened(draft: str, line: int, sentence: str, sources: SourceSet, doc: str) -> SourceText | None:
    """(r19alarm) The article the nearest sentence above that names several is about, when it
    opens with it and a verb of saying ("第十五条说，按第十三条、第十四条初步问责后…"): the others are
    what it says. None when that sentence does not so open."""
    for said in _said_before(draft, line, sentence):
        parts = [x for x in re.split(r"[。！!？?]", said) if find_refs(x)]
        if not parts:
            continue
        # (galarm4: or the basis it opens with, "根据第16条第2款，…")
        m = re.match(r"^\s*(第[零一二两三四五六七八九十百\d]+条)(?:第[零一二两三四五六七八九十\d]+款)?(?:说|规定|写|讲|写明|明确)", parts[-1]) \
            or re.match(r"^\s*(?:根据|依据|依照|按照|按)(?:本办法|本规定|本条例|本细则)?(第[零一二两三四五六七八九十百\d]+条)(?:第[零一二两三四五六七八九十\d]+款)?[，,：:]", parts[-1])
        if m is None:
            return None
        named = _named_articles(m.group(1), sources, doc)[0]
        return named[0] if len(named) == 1 and not named[0].truncated else None
    return None


def _quoted_absence_provision(subject: str, previous: str, sources: SourceSet, doc: str) -> SourceText | None:
    """The provision a quoted absence is said of (quoted_absence.py): the article or item the
    subject names, else for 这一项 / 这一条 / 条文 the one provision the sentence before names."""
    back = alarms16_QA.refers_back(subject)
    refs = [r for r in find_refs(previous if back else subject) if r.article and not r.doc_number]
    wanted = {(r.doc_title, r.article, r.item if "项" in subject or not back else None) for r in refs}
    if len(wanted) != 1:
        return None
    title, article, item = wanted.pop()
    if back and "项" in subject and item is None:
        return None
    p = sources.article(article, (sources.doc_by_title(title) if title else None) or doc)
    if p is None or p.truncated:
        return None
    if item:
        got = _item_of(p, item)
        return got if got is not p else None
    return p


def _counted_leads(verdicts: list[SentenceVerdict], problems: list[str], at: list[int], draft: str,
                   sources: SourceSet, doc: str) -> None:
    """A bare count before a list ("一共四种：") judged by the list lines below it (count_lead.py)."""
    for i, v in enumerate(verdicts):
        n = reg4alarm_CL.count(v.text) if v.verdict == "unsupported" else None
        if n is None:
            continue
        below: dict[int, list[SentenceVerdict]] = {}
        for j in range(i + 1, len(verdicts)):
            if at[j] <= at[i] or not L.listed_line(draft, at[j]):
                break
            below.setdefault(at[j], []).append(verdicts[j])
        items = [("verified" if all(x.verdict in ("verified", "quote") for x in vs) else "unsupported", vs[-1].support)
                 for vs in below.values()]
        got = reg4alarm_CL.judged(n, items, sources.of_document(doc), _item_counter(sources, doc))
        if got is None:
            continue
        mine = f"「{v.text[:40]}」："
        problems[:] = [p for p in problems if not p.startswith(mine)]
        verdicts[i] = SentenceVerdict(v.text, "verified" if got[0] else "unsupported", got[1])
        if not got[0]:
            problems.append(mine + got[1])


_CUT = re.compile(r"中断|缺失|(?<!不)残缺|断在|断掉|断了|只留下|只剩|只保留(?!到)|不完整|不全")
# "第十四条的内容看不到", "第十六条…没有收录": an article's own text said not to be held (not a
# document it cites: the article comes right before, with nothing between but 的内容 and the like)
_UNSEEN = re.compile(r"第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十\d]+款)?(?:的)?(?:内容|条文|正文|原文|全文|文字|具体规定)?"
                     r"(?:都|也|均|则)?(?:看不到|看不见|没有收录|未收录|没收录|没有原文|不在来源)")
# a clause that says the source stops here without naming an article (可来源在这里就断了)
_CUT_HERE = re.compile(r"来源|这里|此处|下面|后面|后文|下文|内容")
# "第十七条和第十八条都不完整": the cut is said of each article the clause names
_EACH = re.compile(r"都|均|全都|两条|各")
_KIND_OF = re.compile(r"((?:可以)?[\u4e00-\u9fff]{2})问责")


def _sentence_doc(sentence: str, sources: SourceSet, default: str) -> str:
    """The document a sentence names by its title, else the answer's default one."""
    for title in re.findall(r"《([^》]+)》", sentence):
        found = sources.doc_by_title(title)
        if found is not None:
            return found
    return default


def _missing_said(sentence: str, book: RuleBook, sources: SourceSet, doc: str) -> list[C.Verdict]:
    """What a sentence says beside "第十八条的情形缺失" is held to what the source keeps of it:
    the kind of accountability its opening names (不予问责, not 从轻问责, nor 可以不予问责), and a
    cut said of an article that is whole ("来源在第十七条中间中断")."""
    missing = {n for n, st in book.regulation.articles.items() if st.missing}
    if not missing or not _MISSING_OK.search(sentence):
        return []
    out = []
    for clause in re.split(r"[，,；;。]", INLINE_QUOTE.sub("", sentence)):
        head, colon, tail = clause.partition("：")
        if colon and tail and not any(r.article for r in find_refs(head)) and \
                re.search(r"(?:条文|原文|内容|正文)(?:都|也)?在(?![^，,；;]*(?:缺|断))|(?<!不)完整|齐全", tail):
            clause = tail                 # (r18alarm) "两处看不全：第十七条条文在": the lead's cut is not said of
            #                               an article the clause says is there
        arts = {r.article for r in find_refs(clause) if r.article and r.internal}
        arts = {n for n in arts if sources.article(n, doc)}
        if not arts and _CUT.search(clause) and _CUT_HERE.search(clause):
            # the cut said of the one article the sentence names (…开头写着…，可来源在这里就断了)
            named = {r.article for r in find_refs(INLINE_QUOTE.sub("", sentence)) if r.article and r.internal}
            arts = {n for n in named if sources.article(n, doc)} if len(named) == 1 else set()
        each = bool(_EACH.search(clause)) and len(arts) > 1
        unseen = _UNSEEN.search(clause)
        if unseen and not arts & missing:
            arts = {r.article for r in find_refs(unseen.group(0)) if r.article} & arts or arts
        if arts and (_CUT.search(clause) or unseen) and (not arts & missing or each and arts - missing) and \
                not re.search(r"(?<!不)完整|齐全|都在", clause):
            arts = arts - missing if each else arts
            out.append(C.Verdict(False, f"{'、'.join(format_ref(n) for n in sorted(arts))}在来源中是完整的；"
                                        f"缺失的是{'、'.join(format_ref(n) for n in sorted(missing))}的内容。"))
    out += r14pass_WM.verdicts(INLINE_QUOTE.sub("", sentence), missing, lambda n: bool(sources.article(n, doc)))
    texts = [p.text for n in sorted(missing) if (p := sources.article(n, doc))]
    about = {r.article for r in find_refs(sentence) if r.article and r.internal} & missing
    for text in texts if about else []:
        # "来源只保留了前两项": items said to survive of a list the source keeps none (or fewer) of
        kept = len(re.findall(r"^\s*[（(][一二三四五六七八九十\d]+[)）]", text, re.M))
        for m in re.finditer(r"(?:保留|留下|剩下|剩|收录|列出|列|载有|有)了?(?:开头的|头|前)?([一二两三四五六七八九十\d]+)(?:项|种|条情形|个情形|类)", sentence):
            if cn_int(m.group(1)) and cn_int(m.group(1)) > kept:
                out.append(C.Verdict(False, f"{format_ref(min(about))}所列情形在来源中" + (f"只有{kept}项" if kept else "一项也没有") + "。"))
                break
        # (r28alarm) the kind said of the article is in the clause that names it: "…分别规定了问责措施，
        # 但现有文本（止于第十八条开头）没有写…" says no kind of the article its cut is at
        r28alarm_own = "，".join(c for c in re.split(r"[，,；;]", sentence)
                                 if {r.article for r in find_refs(c) if r.article and r.internal} & about)
        for m in _KIND_OF.finditer(re.sub(r"《[^》]*》", "", INLINE_QUOTE.sub("", r28alarm_own))):
            kind = m.group(0)
            # 从轻 (not in the text at all) names another kind; 干部问责 is the text's own words
            # (被问责 / 受到问责 is the passive of the act, no kind of it: "关于被问责干部申诉的规定")
            if bare(kind) not in bare(text) and m.group(1)[-2:] not in bare(text) + "进一步" \
                    and not C.NEGATION.search(m.group(1)[:1]) and not re.search(r"被$|^(?:受到|遭到)$", m.group(1)) \
                    and not re.search(r"(?:讲|说|提|谈|写|涉及)$", m.group(1)):     # (没有讲问责后…: 问责 the object of saying; r21alarm)
                out.append(C.Verdict(False, f"{format_ref(min(about))}开头说的是“{text.split('，')[-1].strip('：: ')}”，不是“{kind}”。"))
        may = weakened(r9alarmB_unknown.declarative(sentence), text)   # not in 无法知道哪些…可以…
        if may:
            out.append(C.Verdict(False, f"{format_ref(min(about))}的原文没有“{may}”的“可以”。"))
    return out


def _unlisted_measures(sentence: str, named: list[SourceText], book: RuleBook) -> list[C.Verdict]:
    """"按照第四条，…给予党纪政纪处分，并一律免职": a measure the sentence adds, not negated, to what
    it says the regulation's named articles provide, when none of them names that measure."""
    if not named or any(p.doc_id != book.regulation.document for p in named):
        return []
    text = "\n".join(p.text for p in named)
    out = []
    for start, end, cat, canon in C.marks(sentence, book):
        if cat == "measure" and canon not in text and sentence[start:end] not in text \
                and not C.NEGATION.search(sentence[max(0, start - 6):start]):
            out.append(C.Verdict(False, f"{'、'.join(p.label for p in named)}没有规定{canon}。"))
    return out


def _choices(book: RuleBook) -> set[str]:
    """What a question back may offer (rules/engine.py asks with these): the roles of the rule
    data by label and by name, the classes of accident, the consequences said and denied."""
    voc, w = book.vocabulary, book.regulation.wording
    roles = set(voc.roles) | voc.position_roles() | {r.role for r in book.regulation.accident_decisions}
    out = roles | {voc.role_labels.get(r, r) for r in roles}
    out |= {f"{s}事故" for s in book.regulation.severities()}
    for c in w.consequences.values():
        out |= {c.text, c.denied or f"没有{c.text}"}
    return out


_LEAD = re.compile(r"^(?:初步问责阶段)?(会|不会|要|不要|需要|不需要|可以|不可以|能|不能|是的?|不是|对|不对|适用|不适用|算|不算|有|没有|用|不用|在|不在|"
                   r"必须|不必|应当|不应当|应该|不应该|一定要|无需|无须|没必要|"
                   r"属于|不属于|包括|不包括|一样|不一样|相同|不相同|不同|不一定|未必|无法确定|不能确定|不确定|有可能|可能会?|"
                   r"(?:从[^，,。]{1,10})?看不出来?)[。，！,!：:]?$")
# an answer that says it cannot tell: judged by the sentence after it, never as a yes or a no
_UNSURE = re.compile(r"^(?:无法确定|不能确定|不确定|(?:从[^，,。]{1,10})?看不出来?)")
# a short answer made of the question's own verb ("没讲。" to "有没有讲…", "列了。" to "有没有列…")
# (r28alarm) "算在内。" to "…算不算": the verb with a complement of inclusion (在内, 进去, 在其中) says no more;
# its yes, which says which way as an echoed answer does, is held to agree with the sentence after it
_INCLUSION = r"(?:在内|在其中|进去|进来)"
_INCLUDED = re.compile(_INCLUSION + r"[。，！,!]?$")
_ECHO = re.compile(r"^(不|没有?|未)?([\u4e00-\u9fff]{1,2}?)(?:了|的|过)?" + _INCLUSION + r"?(?:[一两几][句条处项个])?[。，！,!]?$")
# "就我们掌握的条文而言，没有。": the answer after words that say what it is judged on
# (r17alarm) "答：说不出来。": the label of a question-and-answer layout names the turn, it says nothing
_ANSWER_LABEL = re.compile(r"^(?:答|回答|答复)[：:]\s*")
# (r19alarm) "从条文看没有这个要求。": the place looked at is the text itself, its comma may go
_HEDGE = re.compile(r"^(?:就|从|据|按|根据|在)[^，,。]{1,14}(?:而言|来看|看来|看|中|里)[，,]"
                    r"|^(?:从|据|按|根据|就)(?:条文|原文|规定|资料|文本|来源)(?:本身)?(?:来看|看来|看|而言)(?=[不没])"
                    # (g15alarm) "一般不追。": a hedge of how generally the answer holds (its
                    # exception said after it) before the answer word, which alone is judged
                    r"|^(?:一般(?:来说|而言|情况下)?|通常(?:来说|情况下)?|原则上)[，,]?(?=[不没])"
                    # (galarm5) "原则上要装。", "原则上一样。": the same hedge before a yes; a bare 一般 only
                    # before a no (一般 alone may be the grade a question asks about)
                    r"|^(?:原则上|一般(?:来说|而言|情况下)|通常(?:来说|情况下))[，,]?(?=[\u4e00-\u9fff])")


# "有这一条": the answer with what the question asks about pointed at, not named
_POINTED = re.compile(r"^(有|没有|是|不是)(?:这|该)一?(?:条|款|项|个?(?:规定|要求)|条款|样的(?:规定|条款|要求))[。，！,!]?$")


def _is_lead(text: str, question: str) -> bool:
    """A yes/no answer: one of the answer words, or the question's own verb, alone or negated."""
    t = ctx_echo.bare(_HEDGE.sub("", _ANSWER_LABEL.sub("", text.strip())), question)     # "不一定是最终结果。" (echoed_answer.py)
    if _LEAD.match(t) or V.is_verdict(t) or (_POINTED.match(t) and _ANSWERED.search(question)):
        return True
    if r28alarm_CA.chosen(t, question) is not None:
        return True                       # "区里开。" to "市里开还是区里开" (chosen_alternative.py)
    if SA.yes_no(t, question) is not None or SA.depends(t) or ctx_echo.premise(t, question) or \
            ctx_echo.negated_echo(t, question):      # "不按这个办法。" (g18alarm)
        return True                       # "评不了。", "两年之内不行。", "看从什么时候算。" (short_answers.py)
    parts = [x for x in re.split(r"[，,]", t) if x.strip()]
    if len(parts) == 2 and all(_is_lead(x, question) for x in parts):
        return True                       # "是，列了。": the answer and its echo
    m = _ECHO.match(t)
    return bool(m and question and m.group(2) in re.sub(r"(.)[不没]\1", r"\1", question)
                and _ANSWERED.search(question))


def _asked_article(question: str, sources: SourceSet, doc: str) -> SourceText | None:
    """The one article of the document that holds what a yes/no question asks about ("有没有不予
    问责的规定": 不予问责, in 第十八条 alone), else None."""
    claims = answered_claims(question)
    if claims is None:
        return None
    thing = bare(re.sub(r"^(?:有|是|会|要|在)|(?:的)?(?:规定|条款|条文|内容|说法)$", "", claims[0].strip()))
    if len(thing) < 2:
        return None
    have = [p for n in sources.articles(doc) if (p := sources.article(n, doc)) is not None and thing in bare(p.text)]
    return have[0] if len(have) == 1 else None


def _split_leads(found: list[Unit], question: str) -> list[Unit]:
    """"对，是停职检查。" / "是，列了。" / "适用——…": the yes/no answer and what follows it are two units, the
    answer judged as the claim it answers, the rest as any sentence (an echo of the answer is
    part of it)."""
    out: list[Unit] = []
    for u in found:
        # (r13b: a dash joins them as a comma does, "适用——第二条括号里写明…")
        m = re.match(r"^([^，,。—]{1,4})(?:[，,]|—{1,2}|-{2})(.+)$", u.text) if u.kind == "sentence" else None
        if m and _is_lead(m.group(1), question):
            rest = m.group(2).strip()
            if _is_lead(rest, question):
                out.append(u)
                continue
            out += [Unit(m.group(1) + "。", "sentence", u.line), Unit(rest, "sentence", u.line)]
            continue
        out.append(u)
    return out


# a yes/no question: "A不A" / "A没A" (有没有, 是不是, 能不能), or a verb before 吗 / 对吧 / 是或否
# (a presumption put as a question, "…就能恢复渡运吧？", asks yes or no as 吗 does: g20alarm)
_ANSWERED = re.compile(r"([\u4e00-\u9fff])[不没]\1|[吗么][？?。]?\s*$|吧[？?]\s*$|对吧|对不对|是或否|是吗|是否")
_ASKED_VERB = re.compile(r"必须|一定要|应当|应该|可以|能够|需要|属于|包括|适用|会|能|可|要|是|算|在|有(?!关)|讲|说|列|用")
# the no of a modal asked (branch szmiss): 必须X吗 is answered no by 不必X, 应当X吗 by 不需要X
_MODAL_NO = {"必须": "不必", "一定要": "不一定要", "应当": "不需要", "应该": "不需要"}


# the words of a follow-up asking whether the text says something ("规定里有吗", "条文写了没有")
_TEXT_ASKED = re.compile(r"[\s，,？?。]|本?(?:规定|条文|条例|办法|文件|原文|文本|资料|第[零一二两三四五六七八九十百\d]+条)(?:里|中|上)?|"
                         r"(?:有没有|写没写|有|写了?|提到?|说了?|讲了?|规定了?|依据|根据|出处|明确|没有|吗|么|呢|对吧|是吧)")


def answered_claims(question: str) -> tuple[str, str] | None:
    """(the claim a yes answers, the claim a no answers), composed from the question's words:
    "第十六条有没有规定开现场会" -> 第十六条有规定开现场会 / 第十六条没有规定开现场会."""
    q = re.sub(r"[？?。！!\s]+$", "", question.strip())
    q = re.sub(r"[，,]?(?:是或否|对吧|对不对|是不是|是吗|吗|么|呢)$", "", q)
    if re.search(r"吧[？?]\s*$", question):
        q = re.sub(r"吧$", "", q)
    q = re.sub(r"^(?:请问|那么|那|想问一下|想问|我想知道)", "", q)
    # "较大事故要开现场会吗，规定里有吗": a follow-up asking only whether the text says it has no
    # proposition of its own; the yes or no answers the question before it (wmiss7)
    two = re.match(r"^(.+?)[吗么][？?]?[，,]\s*(.+)$", q)
    if two and len(_TEXT_ASKED.sub("", two.group(2))) < 2:
        return answered_claims(two.group(1) + "吗")
    q = re.sub(r"[？?]", "", q)
    m = re.search(r"([\u4e00-\u9fff])([不没])\1", q)
    if m:
        verb = m.group(1)
        neg = ("没" if verb == "有" else m.group(2)) + verb
        return q[:m.start()] + verb + q[m.end():], q[:m.start()] + neg + q[m.end():]
    m = re.search(r"是否", q)
    if m:
        return q[:m.start()] + q[m.end():], q[:m.start()] + "不" + q[m.end():]
    if not _ANSWERED.search(question):
        return None
    last = max(q.rfind("，"), q.rfind(","))
    # the proposition asked is the last clause's; the clauses before it set its case
    # ("…有利害关系，还能参加调查吗": 还不能参加, not 没有利害关系)
    m = re.search(r"(一样|相同)$", q) or (_ASKED_VERB.search(q, last + 1) if last > 0 else None) or _ASKED_VERB.search(q)
    if m is None:
        return None
    neg = "没有" if m.group(0) == "有" else _MODAL_NO.get(m.group(0), "不" + m.group(0))
    if m.group(0) == "要":
        # 要 before an act is the necessity 需要 (要开现场会吗: no is 不需要开, a waiver, where 不要开
        # reads as "do not"), before 被 the future 会 (要被免职吗: no is 不会被免职)
        neg = "不会" if q[m.end():].startswith("被") else "不需要"
    return q, q[:m.start()] + neg + q[m.end():]


# the sources lacking what is asked (a cut, a loss), not an article's silence on it
_ONLY_MISSING = re.compile(r"缺失|中断|断了|没有收录|未收录|不在来源|查不到|看不到|看不全")


def _resolve_leads(verdicts: list[SentenceVerdict], problems: list[str], qfacts: Facts, book: RuleBook,
                   question: str = "", judge_claim=None, whole=None, passages_of=None) -> None:
    """A yes/no lead ("会。", "不需要。", "没讲。") is right when the rules answer the question that
    way; else it is judged as the claim it answers (the question's words with its yes or no):
    verified, it is right; contradicted (and its opposite not), it is wrong; when that claim is
    undecided, the lead is right when the sentence after it is supported."""
    truth = None
    if qfacts.severity and qfacts.roles and qfacts.measures:
        d = decide(qfacts, book).decision
        if d is not None and d.kind == "accident":
            truth = all(m in d.measures.get(r, []) for r in qfacts.roles for m in qfacts.measures)
    claims = answered_claims(question) if question else None
    for i, v in enumerate(verdicts):
        if v.verdict != "lead":
            continue
        answer = ctx_echo.bare(_HEDGE.sub("", _ANSWER_LABEL.sub("", v.text.strip())).lstrip("初步问责阶段"), question)
        negative = answer.startswith(("不", "没", "未", "无需", "无须"))
        nxt = verdicts[i + 1] if i + 1 < len(verdicts) else None
        marked = _verdict_lead(v.text, nxt, question, judge_claim, book, whole, verdicts[i + 2:i + 3])
        if marked is not None:
            # a verdict sentence (规定允许, 批改：错误, 无法判断, 资料里查不到): see rules/checking/verdicts.py
            (ok, why), v.verdict = marked, "verified" if marked[0] else "unsupported"
            v.support = why
            if not ok:
                problems.append(f"「{v.text}」：开头的回答与规则不符（{why}）。")
            continue
        if V.yes_no(v.text) is not None:
            negative = not V.yes_no(v.text)
        echoed = SA.yes_no(answer, question)
        if echoed is not None:            # "评不了。": the question's verb with its complement
            negative = not echoed
        depends = SA.depends(answer)      # "看从什么时候算。": judged by the sentence after it
        said = None
        if truth is None and claims and judge_claim is not None and i == 0 and not _UNSURE.match(answer) \
                and not depends:
            said = judge_claim(claims[1] if negative else claims[0])
            if negative and said == "contradicted" and g18alarm_NA.asks_negation(question):
                said = None               # the no of a negated predicate is a double negation (negated_ask.py)
            if said == "contradicted" and judge_claim(claims[0] if negative else claims[1]) == "contradicted":
                said = None               # the yes and the no both contradicted: the question's premise is
        if truth is not None:
            ok = truth != negative
            why = "规则" + ("给予" if truth else "没有给予") + "所问的问责方式"
        elif said is not None:
            ok = said == "verified"
            claim = claims[1] if negative else claims[0]
            why = f"它回答的是“{claim}”，" + ("有依据" if ok else "与规则或原文不符")
        else:
            ok = nxt is not None and nxt.verdict in ("verified", "quote")
            why = "后一句" + ("有依据" if ok else "没有依据")
            if ok and not depends and nxt.verdict == "quote" and not holesa_bears.bears(claims, negative, nxt.text):
                # a quote that says nothing of the question's predicate carries no no (lead_bears.py)
                ok, why = False, "后一句没有说到问题所问的内容"
        if ok and truth is None and not negative and not depends and nxt is not None and _ONLY_MISSING.search(nxt.text) and \
                not re.search(r"但|不过|只是|然而|可是|虽然|另外|[，,]", nxt.text) and V.missing_said(question, nxt.text, nxt.verdict):
            # "能。第十八条的情形清单在来源中缺失。": a yes before a sentence that only says the
            # sources lack what the question asks rests on nothing (r19miss)
            ok, why = False, "后一句说的是来源缺少所问的内容，不能据此作肯定回答"
        if ok and truth is None and not negative and (answer != _HEDGE.sub("", _ANSWER_LABEL.sub("", v.text.strip())).lstrip(
                "初步问责阶段") or _INCLUDED.search(answer)) and \
                not ctx_echo.agrees(negative, nxt.text if nxt is not None else "", v.text):
            ok, why = False, "回答与后一句的肯定或否定不一致"     # "是最终结果。" before 只是初步 (echoed_answer.py)
        if ok and truth is None and not negative and not depends and claims and nxt is not None and \
                nxt.verdict in ("verified", "quote") and wing2_LD.denies(claims[0], claims[1], nxt.text):
            ok, why = False, "后一句对问题所问的内容作了否定回答"     # "会。…不停止…执行" (lead_denied.py, wing2)
        if ok and truth is None and nxt is not None and nxt.verdict in ("verified", "quote") and \
                wmiss7_ST.lead_sign(v.text) is False and \
                wmiss7_ST.says_same(nxt.text, "".join(w.text for w in verdicts[i + 2:])):
            ok, why = False, "后一句说的是依照同一规定处理，与“不一样”的回答相反"   # (same_treatment.py)
        if ok and truth is None and r28alarm_CA.chosen(answer, question) is not None and \
                not r28alarm_CA.held(answer, question, [(w.text, w.verdict in ("verified", "quote"),
                                                          passages_of(w.support) if passages_of else [])
                                                         for w in verdicts[i + 1:]],
                                     lambda t: {(cat, c) for *_, cat, c in C.marks(t, book)}):
            ok, why = False, "后一句没有说到所选的一方，或者也说了另一方，或者说的是另一种情形"    # (chosen_alternative.py)
        if ok and SA.figures(answer) and not (nxt is not None and SA.figures_held(answer, nxt.text)):
            ok, why = False, "回答中的数字不是后一句的数字"     # "三年之内不行。" before a 2年内
        holds = holes9_bound.answered(question, nxt.text) if truth is None and nxt is not None and nxt.verdict in (
            "verified", "quote") else None
        if holds is not None:        # 是的 to "一半以上吗" beside 46.9% (rules/checking/bounded_answer.py)
            ok, why = holds != negative, "后一句的数字" + ("符合" if holds else "不符合") + "问题所问的比较"
        v.verdict, v.support = ("verified" if ok else "unsupported"), why
        if not ok:
            problems.append(f"「{v.text}」：开头的回答与规则不符（{why}）。")


def _verdict_lead(text: str, nxt: SentenceVerdict | None, question: str, judge_claim,
                  book: RuleBook | None = None, whole=None, after: list | None = None) -> tuple[bool, str] | None:
    """A verdict sentence decided by what it answers: "cannot tell" / "not in the sources" by the
    sentence after it saying what is missing; a mark on an answer the question quotes by that
    answer judged as a sentence. None when neither applies (then it is any yes/no lead)."""
    if V.undecided(text):
        held = [r.article for r in szalarm_SD.asked_articles(question, find_refs(question))   # 25号文第八条 (szalarm)
                if r.article and r.internal and not r.doc_title]
        if whole is not None and held and all(whole(n) for n in held) and not V.text_silent(text):
            # "第十三条说了什么？" -> "资料里查不到。": the article asked about is whole in the sources
            return False, "所问的条文在来源中是完整的"
        ok = nxt is not None and V.missing_said(question, nxt.text, nxt.verdict)
        if not ok and nxt is not None and after and nxt.verdict == "verified" and re.match(
                r"^第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?(?:只|仅)", nxt.text):
            # "条文没写。第十二条只说…；B都没有规定。": the absence after the article's restricted content (r17alarm)
            ok = V.missing_said(question, after[0].text, after[0].verdict)
        return ok, "后一句" + ("说明了资料缺少所问的内容" if ok else "没有说明资料缺少所问的内容")
    if V.difference(text) and book is not None:
        differ = V.cases_differ(question, book)
        told = nxt is not None and nxt.verdict in ("verified", "quote")
        if differ is False:
            return False, "按规则，问题所比的两种情况的问责方式相同"
        return told, "后一句" + ("说明了区别，且有依据" if told else "没有依据")
    sign, quoted = V.yes_no(text), V.quoted_answer(question)
    if sign is None or quoted is None or judge_claim is None:
        return None
    got = judge_claim(quoted)
    if got is None:
        return None
    ok = (got == "verified") == sign
    return ok, f"所批改的回答“{quoted[:30]}”" + ("有依据" if got == "verified" else "与规则或原文不符")


# (r17alarm) 同一条里 / 同条: the same article as the sentence before's
_THESE = re.compile(r"^(?:而|但)?(?:这些情形|上述情形|该情形|此类情形|这类情形|这些|该条|这一条|这条|本条|此条|同一条|同条|"
                    r"(?:它|该?条文)(?=规定|写|说|讲|指出|要求|列|用|没|只|里|中))")
_BARE_ITEM = re.compile(r"^第?[（(][一二三四五六七八九十]+[)）]项?")
_BARE_PARAGRAPH = re.compile(r"^(?:而|但)?(?:其|该条|本条|这一?条|同条)?(第(?:[一二三四五六七八九十]+|\d{1,2})款)(?!规定的|所称)")
_THAT_DOC = re.compile(r"^(?:而|但)?(?:该规定|该文件|该办法|该文|这份规定|这个规定|这一规定|这份文件|这个文件|该暂行规定)")
_THESE_ARTICLES = re.compile(r"^(?:而|但)?(?:这[两几三]?条|这些条文?|上述[两几三]?条|该[两几]?条)")
_BOTH = re.compile(r"两者|二者|两个组|两组")
# "但内容不全": the content, text or wording of what the sentence before is about
_ITS_CONTENT = re.compile(r"^(?:但|不过|只是|可是)?(?=(?:内容|正文|原文|文字)(?![中里上]))")


def _resolve(sentence: str, previous: str, question: str, sources: SourceSet, book: RuleBook) -> str:
    """What a sentence refers back to, written out, so that it is held to what it is about:
    "这些情形…" / "第（五）项…" after a sentence naming an article belong to that article, "该规定…"
    to the document the sentence before named, "两者" to the two bodies the question names."""
    if previous and not any(r.article for r in find_refs(re.sub(r"^(?:而|但)?同一?条", "", sentence))):   # (同一条 is no 第一条)
        arts = [r for r in find_refs(previous) if r.article and not r.doc_number]
        if arts:
            # the article the sentence before is about: the one it opens with (第七条管的是第五条、
            # 第六条以外的…), else the last it names
            opening = re.match(r"^(?:根据|依据|按照?|依照)?(?:《[^》]+》)?$", previous[:arts[0].start].strip())
            last = arts[0] if opening else arts[-1]
            head = (f"《{last.doc_title}》" if last.doc_title else "") + format_ref(last.article)
            if _BARE_ITEM.match(sentence):
                return head + sentence
            if (bare_para := _BARE_PARAGRAPH.match(sentence)) and not (
                    (asked := {r.article for r in find_refs(question) if r.article and not r.doc_number})
                    and last.article not in asked):      # (not against the article the question asks of)
                # (g22alarm) "第13条有两款。第1款：…。第2款：…": a paragraph named alone is the article's
                # the talk is on, and is held to that paragraph, not to the passage nearest its words
                return head + sentence[bare_para.start(1):]
            if re.search(r"该条(?![例款文件])", sentence) and not _THESE.match(sentence):
                return re.sub(r"该条(?![例款文件])", head, sentence)    # "只保留了该条开头一句"
            if _THESE.match(sentence):
                return _THESE.sub(head + "的情形" if "情形" in _THESE.match(sentence).group(0) else head, sentence, 1)
    content = _ITS_CONTENT.match(sentence)
    if previous and content and not any(r.article for r in find_refs(sentence)):
        arts = [r for r in find_refs(previous) if r.article and not r.doc_number]
        if len(arts) == 1:               # "但内容不全" after a sentence about one article: its content
            head = (f"《{arts[0].doc_title}》" if arts[0].doc_title else "") + format_ref(arts[0].article)
            return sentence[:content.end()] + head + "的" + sentence[content.end():]
    these = _THESE_ARTICLES.match(sentence)
    if previous and these and not any(r.article for r in find_refs(sentence)):
        outside = [r for r in find_refs(previous) if r.article and r.doc_number]
        if outside:                       # "这两条" after 中办发[2009]25号第八条、第九条
            return previous[outside[0].start:outside[-1].end] + sentence[these.end():]
    if previous and (r18alarm_num := r18alarm_DN.year_resolved(sentence, previous)) is not None:
        return r18alarm_num              # "2006年。那一年…" (number_anaphor.py)
    if previous and (r18alarm_num := r18alarm_DN.resolved(sentence, previous)) is not None:
        return r18alarm_num              # "这个文号对应的文件名…" after 中办发[2009]25号 (number_anaphor.py)
    if previous and _THAT_DOC.match(sentence):
        titles = re.findall(r"《([^》]+)》", previous)
        if titles:
            return _THAT_DOC.sub(f"《{titles[-1]}》", sentence, 1)
    if _BOTH.search(sentence):
        named = list(dict.fromkeys(R.named_bodies(question, book)))
        if len(named) == 2:
            return _BOTH.sub("与".join(named), sentence, 1)
        roles = list(dict.fromkeys(extract(question, book).roles)) if question else []
        if len(roles) == 2:               # "两者一样，都是免职": the two officials the question asks about
            return _BOTH.sub("、".join(roles), sentence, 1)
    return sentence


_QUESTION_VERB = re.compile(r"是否|会不会|能不能|可不可以|是不是|算不算|要不要|有没有|会|能|可以|可|要|需要|需|是|算|属于|在|有|被|"
                            r"讲|说|规定|包括|适用|怎么|怎样|如何|为什么|什么|哪|谁")
# (由… answers 谁; 按照… a basis not given as an article answers 按什么: the question's subject is theirs)
_ELLIPTIC = re.compile(r"^(?:不一定|不|没有?|未|并非|并不|是|会|能|可以|要|需要|属于|在|算|讲|说|包括|适用|由|"
                       r"(?:按照?|依照|依据)(?!本规定|第|《[^》]+》第|[^，,。]*条))")


def _completed(sentence: str, question: str, book: RuleBook | None = None) -> str:
    """An answer that leaves out its subject ("不在本规定的问责情形之内", "不一定是最后一步",
    "讲进一步问责") says it of what the question asks about: the question's subject (the words
    before its verb) is written in front, so that the claim is judged whole, against the scope
    it is about, not as a fragment any passage could cover."""
    if not _ELLIPTIC.match(sentence) or re.search(r"[？?]\s*$|[吗呢][。]?\s*$", sentence):
        return sentence                  # a question back to the user answers nothing
    q = re.sub(r"^(?:请问|那么|那|想问|我想知道)", "", question.strip())
    m = _QUESTION_VERB.search(q)
    if m is None and re.match(r"按|依", sentence):
        # (g20miss) "责令公开道歉的程序按《办法》吗？" asks by its basis alone: the words before it are the subject
        m = re.search(r"按照?|依照|依据", q)
    subject = re.sub(r"(?:由|是|归|按照?|依照|依据)$", "", q[:m.start()]) if m else ""
    if book is not None and re.match(r"按|依", sentence) and not any(cat == "measure" for *_, cat, _ in C.marks(subject, book)):
        return sentence                  # a basis answers for the measures the question names, only
    if not 2 <= len(subject) <= 20 or re.search(r"[，,。；;？?！!、]", subject) or subject in sentence:
        return sentence
    return subject + sentence


_HOW_MANY = re.compile(r"(?:一共|总共|共)?(?:有)?(?:几|多少)(种|项|类|个|条|款|组|部)")
# "哪两组" / "哪几种": a question that asks which members, its count given (哪N) or not (哪几)
_WHICH_COUNTED = re.compile(r"哪([一二两三四五六七八九十]+)(种|项|类|个|条|款|组|部)")
_COUNT_ANSWER = re.compile(r"^(?:一共|总共|共)?(?:有)?([一二两三四五六七八九十\d]+)(种|项|类|个|条|款|组|部)")


def _counted(sentence: str, question: str) -> str | None:
    """"一共五种：训诫、…" answering "可单独或合并适用的方式一共几种": the count and the list answer
    the question's own subject, so the claim is the question with its 几 filled in."""
    q = _HOW_MANY.search(question)
    a = _COUNT_ANSWER.match(sentence)
    if q is None and a is not None and (w := _WHICH_COUNTED.search(question)) and w.group(0)[1:] == a.group(0):
        # (szalarm5) "两组。" to "第十条规定了哪两组问责方式？": the count the question puts to its 哪
        # is the answer's claim, the question with 哪 dropped and the answer's count in its place
        # (only the question's own count: 三组 to 哪两组 is a claim the question does not make, and
        # the count is held to the article as any count of groups is, `group_count`)
        return question[:w.start()] + sentence[:a.end()] + re.sub(r"[？?。吗呢]+\s*$", "", question[w.end():]) \
            + sentence[a.end():]
    if q is None or a is None or q.group(1) != a.group(2):
        return None
    head = re.sub(r"哪$", "", re.sub(r"^(?:请问|那么|那|想问|我想知道)", "", question[:q.start()]))
    tail = re.sub(r"[？?。吗呢]+\s*$", "", question[q.end():])
    said = re.sub(r"\d+", lambda m: int_cn(int(m.group(0))), sentence[:a.end()])   # 6项 is 六项, as articles count
    if re.search(r"[了有]$", head):
        said = re.sub(r"^(?:一共|总共|共)", "", said)     # "第五条列了几项" -> 第五条列了五项, not 列了一共五项
    lead = re.match(r"(?:一共|总共|共)?有?", q.group(0)).group(0)
    if lead and not re.match(r"一共|总共|共|有", said):
        said = lead + said                # "第五条有多少项" -> "第五条有六项"
    if re.search(r"第[零一二两三四五六七八九十百\d]+条$|第[零一二两三四五六七八九十百\d]+条(?:列了|列有|有|规定了|写了)$", head) \
            and not bare(sentence[a.end():]):
        tail = ""                         # "第五条列了几项篡改情形" -> 第五条列了五项: an article's items, counted
    return head + said + tail + sentence[a.end():]


_SAYS = r"(?:(?:中|里|中的|里的|本身)?(?:规定|要求|明确|指出|写明|列出|列明|列的是|对|将|把)|的?(?:具体)?内容(?:是|为|包括))"
_SUBJECT_SAYS = re.compile(r"^(?:而|但|其中|按照?|根据|依照)?(?:《([^》]+)》|((?:中办发)?[\[［〔(（]\d{4}[\]］〕)）]\d+号(?:文件?)?))"
                           r"((?:第[零一二两三四五六七八九十百\d]+条、?)*)" + _SAYS)


def _outside_subject(sentence: str, sources: SourceSet, default_doc: str = "") -> str | None:
    """A clause that says what a document outside the knowledge base says (its title or number is
    only referred to by the sources): the document, else None. That the sources refer to it (and
    to which of its articles) is checked elsewhere; what it says cannot be."""
    if re.match(r"^(?:据|根据|按照?)(?:论文|文章|报告|该文|作者)(?:的)?(?:介绍|所述|记载|所说|称)?", sentence):
        return None                       # "据论文介绍，《…》对…": what the paper says of it, held to the paper
    if re.match(r"^(?:论文|文章|报告|该文|作者)(?:里|中)?(?:说|称|提到|介绍|写道|指出)[，,：:]", sentence):
        return None                       # (r22alarm) "论文说，《…》对…": the same, the saying verb after it
    for clause in re.split(r"[，,；;：:]", sentence):
        m = _SUBJECT_SAYS.match(clause.strip())
        if m is None:
            continue
        title = m.group(1)
        if title is None:
            return m.group(2) + m.group(3)
        if not (sources.doc_by_title(title) or title in sources.titles) and \
                not wcalarm_OS.names_own(title, sources, default_doc):     # 《办法》 of an ingested 办法 (own_short.py)
            return title
    return None


def _asks_back(sentence: str, question: str, book: RuleBook) -> bool:
    """The rule data's own question back about an official ("“{word}”是哪一级的哪位领导？") with
    the user's own words in it: it asks, and what it quotes is the question's, not the sources'."""
    template = book.vocabulary.ask_role
    if "{word}" not in template:
        return False
    head, tail = (re.escape(p) for p in template.split("{word}", 1))
    m = re.fullmatch(f"{head}(.+?){tail}", sentence.strip())
    if m is None:
        return False
    said = unicodedata.normalize("NFKC", question)
    return m.group(1) in said or m.group(1) in repair_typos(said, book)


_NOT_HELD = re.compile(r"(?:不在|没有收录|未收录)[^，,。；;]{0,6}(?:我们的|我们)?(?:资料|知识库|材料)|"
                       r"(?:资料|知识库|材料)[里中]?[^。；;]{0,12}?(?:没有|未收录|不含)[^，,。；;]{0,6}(?:正文|全文|原文|内容|条文)")
_DOC_REF = re.compile(r"《([^》]+)》|((?:中办发)?[\[［〔(（]\d{4}[\]］〕)）]\d+号)")
_DOC_WORD = re.compile(r"文件|规定|办法|条文|正文|全文|内容")


def _outside_content(sentence: str, sources: SourceSet, previous: str, question: str) -> str | None:
    """"中办发[2009]25号的条文不在我们的资料中", "该文件本身的内容不在我们的资料里": the text of a
    document the sources only refer to is not in the knowledge base; true when every document the
    sentence is about (named in it, else in the sentence before or the question it refers back
    to) is outside the knowledge base."""
    if not _NOT_HELD.search(sentence) or not _DOC_WORD.search(sentence):
        return None
    for where in (sentence, previous, question):
        docs = [t or n for t, n in _DOC_REF.findall(where)]
        if docs:
            break
    if not docs:
        return None
    held = [d for d in docs if d and (sources.doc_by_title(d) is not None or d in ("本规定",))]
    if held:
        return None
    return "知识库中没有" + "、".join(dict.fromkeys(docs)) + "的正文（来源只引用了它）"


def _judge(u: Unit, book: RuleBook, sources: SourceSet, qfacts: Facts, cited: list[SourceText], default_doc: str,
           verdicts: list[SentenceVerdict], problems: list[str], fail, named_all: set[int], state: dict) -> None:
    text = u.text

    def settle(ok: bool, why: str) -> None:
        """A reader that judges the sentence whole: verified, or contradicted with its reason."""
        if ok:
            verdicts.append(SentenceVerdict(text, "verified", why))
        else:
            state["contradicted"] = True
            fail(text, why)

    if _asks_back(text, state.get("question", ""), book):
        verdicts.append(SentenceVerdict(text, "framing", "向用户追问"))
        state["next_severity"] = state["severity"]
        return
    if r13a_turns.summed_up(text, "\n".join(state.get("draft", "").splitlines()[:max(u.line, 0)]), lambda what, above: bool(
            E._roles(what, book)) and E._roles(what, book) == next((r for line in reversed(above.splitlines())
                                                                    if (r := E._roles(line, book))), [])) and \
            verdicts and all(v.verdict != "unsupported" for v in verdicts):
        # "以上是条文对X这一岗位的规定": the lines above, all held, summed up (turns.py)
        verdicts.append(SentenceVerdict(text, "framing", "总结上文"))
        return
    if re.match(r"^(?:不过|但|而)?(?:这|上|以上|前面|上面)", text) and (r21alarm_du := r21alarm_DU.judged(
            text, "\n".join(state.get("draft", "").splitlines()[:max(u.line, 0)]),
            lambda t: sources.doc_by_title(t) is not None,
            "".join(p.text for p in sources.passages if p.doc_id == default_doc),
            sources.documents[default_doc].title if default_doc in sources.documents else "")) is not None:
        settle(*r21alarm_du)             # "这些文件的内容规定里都没有收录" of the titles above (documents_unheld.py)
        return
    if r13a_turns.presented(text, state.get("question", "")):    # 把X单独拎出来比较一下： (turns.py)
        verdicts.append(SentenceVerdict(text, "framing", "引出下文（所问的对象）"))
        return
    if r12alarmA_QR.restated(text, state.get("question", ""), book):    # 你问的是…由谁拍板… (question_restated.py)
        verdicts.append(SentenceVerdict(text, "framing", "复述用户的问题"))
        return
    if alarms15b_QL.located(text, state.get("question", ""),
                            {a.strip("《》"): t for t, names in sources.aliases.items() for a in names},
                            lambda r: _provision(r, sources, default_doc)):
        # 您问的是第十三条里的原则: where the question is answered (question_located.py)
        verdicts.append(SentenceVerdict(text, "framing", "指出所问的条文"))
        return
    lead19_claim = TA.as_claim(text, state.get("question", ""))
    if lead19_claim is not None:
        # "X，这一条没有规定" read as "第N条没有规定X" of the article the question names (topic_absence.py)
        lead19_got: list[SentenceVerdict] = []
        lead19_state = dict(state)
        _judge(Unit(lead19_claim, u.kind, u.line), book, sources, qfacts, cited, default_doc, lead19_got, [],
               lambda t, w: lead19_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all), lead19_state)
        if lead19_got and all(v.verdict in ("verified", "quote") for v in lead19_got):
            verdicts.append(SentenceVerdict(text, "verified", lead19_got[-1].support))
        else:
            settle(False, next((v.support for v in lead19_got if v.verdict == "unsupported"), "这句话所说的缺失没有依据。"))
        return
    oldsz_single, oldsz_why, oldsz_rest = oldsz_SM.read(text, state.get("question", ""), sources)
    if oldsz_single is None:              # 第十三条第（一）项把A和B放在同一句里，一律免职 (same_sentence.py)
        oldsz_single, oldsz_why, oldsz_rest = oldsz_SS.together(
            text, lambda n: (p.text if (p := sources.article(n, default_doc)) else None),
            lambda t: sources.doc_by_title(t) == default_doc)
    if oldsz_single is False:             # 只有一句带到：…“…”: the count of the document's sentences (single_mention.py)
        settle(False, oldsz_why)
        return
    if oldsz_single and not bare(oldsz_rest):
        verdicts.append(SentenceVerdict(text, "verified", oldsz_why))
        return
    if oldsz_single:                      # the lead held: what follows it is judged as any sentence
        oldsz_got: list[SentenceVerdict] = []
        _judge(Unit(oldsz_rest, u.kind, u.line), book, sources, qfacts, cited, default_doc, oldsz_got, [],
               lambda t, w: oldsz_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all), dict(state))
        if oldsz_got and all(v.verdict in ("verified", "quote") for v in oldsz_got):
            verdicts.append(SentenceVerdict(text, "verified", oldsz_why + "；" + oldsz_got[-1].support))
        else:
            settle(False, next((v.support for v in oldsz_got if v.verdict == "unsupported"), "这句话没有依据。"))
        return
    r18alarm_cmp = r18alarm_CL.judged(text, state.get("question", ""), lambda ref: getattr(
        (_named_articles(ref, sources, default_doc)[0] or [None])[0], "text", None)) if "把" in text or "将" in text else None
    if r18alarm_cmp is not None:         # "把第十三条两项放在一起比就看得出梯度。" (compared_lead.py)
        settle(*r18alarm_cmp)
        return
    r18alarm_pair = r18alarm_DN.paired(text, state.get("previous", ""), lambda ref: getattr(
        (_named_articles(ref, sources, default_doc)[0] or [None])[0], "text", None))
    if r18alarm_pair is not None:        # "这个文号对应的文件名，第一条里写明了，是《…》" (number_anaphor.py)
        settle(*r18alarm_pair)
        return
    r18alarm_used = r18alarm_TU.claim(text, book)
    if r18alarm_used is not None and default_doc:      # "本规定用了特别重大、重大、较大、一般四个事故等级" (terms_used.py)
        r18alarm_ok = r18alarm_TU.judged(*r18alarm_used[:2], "\n".join(
            p.text for p in sources.passages if p.doc_id == default_doc), book)
        if r18alarm_ok[0] and r18alarm_used[2]:
            # the rest of the sentence ("但没有规定这些等级怎么划分") judged as a claim of its own about the regulation
            r18alarm_got: list[SentenceVerdict] = []
            _judge(Unit("本规定" + r18alarm_used[2], u.kind, u.line), book, sources, qfacts, cited, default_doc, r18alarm_got, [],
                   lambda t, w: r18alarm_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all), dict(state))
            r18alarm_bad = next((v for v in r18alarm_got if v.verdict not in ("verified", "quote", "framing")), None)
            if not r18alarm_got or r18alarm_bad is not None:
                r18alarm_ok = (False, r18alarm_bad.support if r18alarm_bad else "后半句没有依据")
        settle(*r18alarm_ok)
        return
    r18alarm_sp = r18alarm_SP.judged(text, "\n".join(state.get("draft", "").splitlines()[:max(u.line, 0)]) + text, book)
    if r18alarm_sp is not None:          # "…“未造成”的四种，程序都按《办法》" (set_procedures.py)
        settle(*r18alarm_sp)
        return
    alarms16_lines = state.get("draft", "").splitlines()
    alarms16_said = alarms16_SA.claim(text, alarms16_lines[u.line + 1] if 0 <= u.line < len(alarms16_lines) - 1 else "") \
        if text.startswith("问") else None
    if alarms16_said is not None:
        # "问：第十四条针对哪类事故？" read with the next line's "答：…" (self_asked.py)
        alarms16_got: list[SentenceVerdict] = []
        _judge(Unit(alarms16_said, u.kind, u.line), book, sources, qfacts, cited, default_doc, alarms16_got, [],
               lambda t, w: alarms16_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all), dict(state))
        if alarms16_got and all(v.verdict in ("verified", "quote") for v in alarms16_got):
            verdicts.append(SentenceVerdict(text, "framing", "自问，其答案有依据：" + alarms16_said))
            return
    alarms16_basis = alarms16_EB.claim(text)
    if alarms16_basis is not None:       # "第一条：作为制定依据" of the document talked about (enactment_basis.py)
        alarms16_art = (_named_articles(alarms16_basis, sources, default_doc)[0] or [None])[0]
        alarms16_docs = next((d for x in [*_said_before(state.get("draft", ""), u.line, text)[:4],
                                          state.get("question", "")] if (d := alarms16_OT.docs_in(x))), [])
        if alarms16_art is not None:
            settle(*alarms16_EB.judged(alarms16_art.text, list(dict.fromkeys(alarms16_docs)), alarms16_art.label))
            return
    alarms16_doc = alarms16_OT.claim(text)
    if alarms16_doc is not None:
        # "《办法》的具体条文本规定没有写，知识库也没有收录" (outside_text.py)
        alarms16_docs = alarms16_OT.docs_in(alarms16_doc) if not alarms16_OT.refers_back(alarms16_doc) else next(
            (d for x in _said_before(state.get("draft", ""), u.line, text)[:4] if (d := alarms16_OT.docs_in(x))), [])
        if alarms16_docs and all(sources.doc_by_title(d) is None and d not in sources.titles and (
                d in sources.aliases or any(bare(d) in bare(p.text) for p in sources.passages))
                for d in alarms16_docs):      # (outside the knowledge base, and named by a source)
            verdicts.append(SentenceVerdict(text, "verified", "知识库中没有" + "、".join(dict.fromkeys(alarms16_docs))
                                            + "的正文（来源只引用了它）"))
            return
    alarms16_modal = alarms16_MW.claim(text) if not find_refs(text) else None
    if alarms16_modal is not None:       # "条文用的是“可以”，不是必须" of the provision above (modal_word.py)
        alarms16_art = _article_above(state.get("draft", ""), u.line, state.get("question", ""), sources, default_doc, text) \
            or _article_opened(state.get("draft", ""), u.line, text, sources, default_doc)
        if alarms16_art is not None:
            # (an item's modal word is its lead's: 有下列情形之一的，可以免予追究：…（三）…的 — galarm4)
            galarm4_lead = galarm4_LS.lead_of(alarms16_art.text, "\n".join(
                x.text for x in sources.of_document(alarms16_art.doc_id))) if "#" in alarms16_art.id else None
            settle(*alarms16_MW.judged(*alarms16_modal, alarms16_art.text + ("\n" + galarm4_lead if galarm4_lead else ""),
                                       alarms16_art.label))
            return
    alarms16_word = alarms16_UM.claim(text)
    if alarms16_word is not None:        # "至于“有关部门”具体是哪些，条文没有列明" (unlisted_members.py)
        alarms16_art = (_named_articles(text, sources, default_doc)[0] or [None])[0] if alarms16_word[1] else \
            _article_above(state.get("draft", ""), u.line, state.get("question", ""), sources, default_doc, text)
        alarms16_got = alarms16_UM.judged(alarms16_word[0], alarms16_art.text, alarms16_art.label, alarms16_word[2]) if alarms16_art else None
        if alarms16_got is not None:
            settle(*alarms16_got)
            return
    if (r23alarm_sa := r23alarm_SA.split(text)) is not None:
        # "规定中唯一涉及“不予问责”的是第十八条，但它…": where the wording stands (sole_article.py)
        r23alarm_sav = r23alarm_SA.judged(r23alarm_sa[0], r23alarm_sa[1], {
            n: p.text for n in sources.articles(default_doc) if (p := sources.article(n, default_doc)) is not None})
        if not r23alarm_sav[0] or not bare(r23alarm_sa[2]):
            settle(*r23alarm_sav)
            return
        r23alarm_got: list[SentenceVerdict] = []
        _judge(Unit(r23alarm_sa[2], u.kind, u.line), book, sources, qfacts, cited, default_doc, r23alarm_got, [],
               lambda t, w: r23alarm_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all), dict(state))
        if r23alarm_got and all(v.verdict in ("verified", "quote") for v in r23alarm_got):
            settle(True, r23alarm_sav[1] + "；" + r23alarm_got[-1].support)
        else:
            settle(False, next((v.support for v in r23alarm_got if v.verdict == "unsupported"), "这句话其余的内容没有依据。"))
        return
    r23alarm_nt = r23alarm_NT.split(text) if "没" in text or "未" in text else None
    r23alarm_ntv = r23alarm_NT.judged(*r23alarm_nt[:3], getattr(sources.article(r23alarm_nt[0], default_doc), "text", None)) \
        if r23alarm_nt is not None else None
    if r23alarm_ntv is not None:         # "…，对没有造成X的一般事故，第十六条没有作出规定" (negated_topic.py)
        if not r23alarm_ntv[0] or not bare(r23alarm_nt[3]):
            settle(*r23alarm_ntv)
            return
        r23alarm_got: list[SentenceVerdict] = []
        _judge(Unit(r23alarm_nt[3] + "。", u.kind, u.line), book, sources, qfacts, cited, default_doc, r23alarm_got, [],
               lambda t, w: r23alarm_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all), dict(state))
        if r23alarm_got and all(v.verdict in ("verified", "quote") for v in r23alarm_got):
            settle(True, r23alarm_got[-1].support + "；" + r23alarm_ntv[1])
        else:
            settle(False, next((v.support for v in r23alarm_got if v.verdict == "unsupported"), "这句话其余的内容没有依据。"))
        return
    if (r23alarm_dc := r23alarm_DC.split(text, state.get("question", ""), lambda t: [
            (a, b, c) for a, b, _, c in C.marks(t, book)])) is not None:
        # "…，所以可以与免职合并适用": premise and conclusion, its subject the premise's (drawn_conclusion.py)
        r23alarm_parts: list[list[SentenceVerdict]] = []
        for r23alarm_part in r23alarm_dc:
            r23alarm_got = []
            r23alarm_state = dict(state)
            _judge(Unit(r23alarm_part, u.kind, u.line), book, sources, qfacts, cited, default_doc, r23alarm_got, [],
                   lambda t, w: r23alarm_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all), r23alarm_state)
            if r23alarm_state.get("contradicted"):
                break
            r23alarm_parts.append(r23alarm_got)
        if len(r23alarm_parts) == 2 and all(g and all(v.verdict in ("verified", "quote") for v in g) for g in r23alarm_parts):
            settle(True, "；".join(g[-1].support for g in r23alarm_parts))
            return
    r22alarm_dw = r22alarm_DW.split(text) if "没" in text or "未" in text or "不到" in text or "无" in text else None
    if r22alarm_dw is not None:          # "…，没有“自某日起施行”的表述": a wording the text lacks (denied_wording.py)
        r22alarm_had = r22alarm_DW.found(r22alarm_dw[0], [p.text for p in sources.passages if p.doc_id == default_doc])
        if r22alarm_had is not None:
            settle(False, f"来源中有“{r22alarm_had}”，不是没有“{r22alarm_dw[0]}”的表述。")
            return
        if not bare(r22alarm_dw[1]):
            settle(True, f"来源中没有“{r22alarm_dw[0]}”的表述")
            return
        r22alarm_got: list[SentenceVerdict] = []
        _judge(Unit(r22alarm_dw[1], u.kind, u.line), book, sources, qfacts, cited, default_doc, r22alarm_got, [],
               lambda t, w: r22alarm_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all), dict(state))
        if r22alarm_got and all(v.verdict in ("verified", "quote") for v in r22alarm_got):
            settle(True, f"来源中没有“{r22alarm_dw[0]}”的表述；" + r22alarm_got[-1].support)
        else:
            settle(False, next((v.support for v in r22alarm_got if v.verdict == "unsupported"), "这句话其余的内容没有依据。"))
        return
    alarms16_absent = alarms16_QA.claim(text)
    alarms16_where = _quoted_absence_provision(alarms16_absent[0], next(
        (x for x in _said_before(state.get("draft", ""), u.line, text) if any(r.article for r in find_refs(x))), ""),
        sources, default_doc) if alarms16_absent else None
    if alarms16_where is not None:       # "这一项的文字没有写“发生公共安全事故”" (quoted_absence.py)
        settle(*alarms16_QA.judged(alarms16_absent[1], alarms16_where.text, alarms16_where.label))
        return
    if (g21alarm_ds := g21alarm_DS.denied(text)) is not None:
        # "所以不存在“第四条第（四）项”": the subdivision the article lacks, quoted back (denied_subdivision.py)
        g21alarm_lacks = _subdivisions(g21alarm_ds, sources, default_doc)
        if g21alarm_lacks:
            settle(True, g21alarm_lacks[0])
        else:
            settle(False, f"{g21alarm_ds}是存在的。")
        return
    bad_quote = False
    for m in INLINE_QUOTE.finditer(text):
        if len(m.group(1)) >= MIN_QUOTE and not sources.verbatim(m.group(1)) and \
                not szalarm_NH.numbered_heading(m.group(1), sources) and \
                not r18alarm_EQ.verbatim(m.group(1), sources) and \
                not r23alarm_QD.front_date(m.group(1), text, sources, default_doc):     # “区……政府（管委会）…”: words left out (elided_quote.py); “2009-12-15” under the title (quoted_date.py)
            fail(text, f"引文“{m.group(1)[:30]}”在来源中找不到原文。")
            bad_quote = True
    for miss_why in [] if bad_quote else miss_quoted_term.exchanged(text, state.get("question", ""), sources)[:1]:
        fail(text, miss_why)             # “廉政监察室” where the source names “效能监察室” (quoted_term.py)
        bad_quote = True
    miss_near = [] if bad_quote else [p for _, p in sources.closest(text, k=3)]
    miss_moved = miss_paragraph.moved(text, sources, list(dict.fromkeys(p.doc_id for p in miss_near)))
    if miss_moved:                       # 第五条第三款 said with 第二款's words (paragraph_named.py)
        state["contradicted"] = True
        fail(text, miss_moved + "。")
        bad_quote = True
    for miss_p in [] if bad_quote else miss_near[:2]:
        # a post or body said without the qualifier that names it (市长 for 分管副市长: qualifier_dropped.py)
        for miss_why in miss_qualifier.dropped(text, miss_p.text, sources.context(miss_p.doc_id))[:1]:
            fail(text, f"“{miss_why}”：原文所说的不是同一职务或机构（{miss_p.label}）。")
            bad_quote = True
            break
        # an act allowed where the passage forbids it, or demands another act in that case (permitted_contrary.py)
        # (and a case given its sibling case's consequence: sibling_cases.py)
        for miss_why in (miss_permitted.forbidden(text, miss_p.text, sources.context(miss_p.doc_id))
                         + miss_permitted.another_act(text, miss_p.text) + miss_siblings.moved(text, miss_p.text, [o.text for o in miss_near if o is not miss_p])
                         # (szmiss) 不需要 over the text's 应当, 必须 over its 可以 (modal_polarity.py)
                         + szmiss_MP.waived(text, miss_p.text, sources.context(miss_p.doc_id))
                         + szmiss_MP.required(text, miss_p.text, sources.context(miss_p.doc_id)))[:1]:
            state["contradicted"] = True
            fail(text, f"{miss_why}（{miss_p.label}）。")
            bad_quote = True
        if bad_quote:
            break
    if bad_quote:
        state["next_severity"] = state["severity"]
        return
    having = law_articles.judged(text, sources)
    if having is not None:               # "知识库中有3部国家法律有第二十条。": counted in the sources
        settle(*having)
        return
    cites = g10miss_CP.judged(text, lambda n: getattr(sources.article(n, default_doc), "text", None))
    if cites is not None:                # "第十一条第（一）项引用的是第七条第一款。" (cited_provision.py)
        settle(*cites)
        return
    once = gaps8_once.judged(text, state.get("question", ""), sources, book)
    if once is not None:                 # "只有一处…报告说“…”": the count and the place, from the sources
        settle(*once)
        return
    beyond = r13b_BC.judged(text, sources, default_doc)
    if beyond is not None:               # "第十八条之后是否还有条款，也看不出来": the source's cut (beyond_cut.py)
        settle(*beyond)
        return
    premised = r17alarm_SC.judged(text, sources.of_document(default_doc))
    if premised is not None:             # "前提是这起一般事故“造成较大损失或者不良影响”" (stated_condition.py)
        settle(*premised)
        return
    placed = r17alarm_AP.judged(text, lambda n: getattr(sources.article(n, default_doc), "text", None),
                                sources.articles(default_doc))
    if placed is not None:               # "文件为《…》，出现位置为第七条": where the text names it (appearances.py)
        settle(*placed)
        return
    handed = r17alarm_RD.judged(text, state.get("previous", ""), state.get("question", ""),
                                lambda n: getattr(sources.article(n, default_doc), "text", None),
                                "\n".join(p.text for p in sources.of_document(default_doc)),
                                lambda title: sources.doc_by_title(title) is not None, state.get("next", ""))
    if handed is not None:               # "具体有哪些从重、从轻情节，条文本身没写": handed on (referral_details.py)
        settle(*handed)
        return
    only_named = r19alarm_NO.judged(text, state.get("previous", ""), state.get("question", ""),
                                    "\n".join(p.text for p in sources.of_document(default_doc)),
                                    lambda title: sources.doc_by_title(title) is not None,
                                    lambda t: set(sources.aliases.get(t, ())) | {k for k, ns in sources.aliases.items()
                                                                                 if f"《{t}》" in ns},
                                    lambda n: getattr(sources.article(n, default_doc), "text", None))
    if only_named is not None:           # "只是点名引用，没有介绍这个办法的具体内容" (named_only.py)
        settle(*only_named)
        return
    cannot = r9a_unanswerable.judged(text, state.get("question", ""), sources)
    if cannot is not None:               # "从这些资料里回答不了。": the question asks an outside document
        settle(*cannot)
        return
    if alarms16_DC.declines(text):
        # "没法给出。" to a question about an article the source breaks off in (declined_cut.py)
        alarms16_asked = _named_articles(state.get("question", ""), sources, default_doc)[0]
        if len(alarms16_asked) == 1 and alarms16_asked[0].truncated:
            verdicts.append(SentenceVerdict(text, "verified", f"来源文本缺失：{alarms16_asked[0].label}只有开头"))
            return
        if alarms16_asked and not any(p.truncated for p in alarms16_asked):
            # declining a question about whole articles says the sources lack what they have
            settle(False, "所问的条文在来源中是完整的")
            return
    def parts_held(parts: list[str]) -> tuple[list[SentenceVerdict], SentenceVerdict | None]:
        """Each part of a sentence read as a claim of its own (not an opening line): their verdicts,
        and the first that is neither verified nor a quote."""
        got: list[SentenceVerdict] = []
        for part in parts:
            _judge(Unit(part, u.kind, u.line), book, sources, qfacts, cited, default_doc, got, [],
                   lambda t, why: got.append(SentenceVerdict(t, "unsupported", why)), named_all, dict(state, opening=False))
        return got, next((v for v in got if v.verdict not in ("verified", "quote")), None)

    if (szalarm_ca := szalarm_CA.split(text)) is not None:
        # "有一条：第十八条是…": the count of the articles after the colon, then what they say (counted_articles.py)
        szalarm_have = sum(bare(szalarm_ca[3]) in bare(p.text) for p in (sources.article(n, default_doc)
                                                                        for n in sources.articles(default_doc)) if p)
        if szalarm_ca[0] != szalarm_ca[1] or szalarm_ca[0] != szalarm_have:
            settle(False, f"冒号后说的是{szalarm_ca[1]}条，原文有“{szalarm_ca[3]}”的有{szalarm_have}条，不是{szalarm_ca[0]}条。")
            return
        got, bad = parts_held([szalarm_ca[2]])
        if got and bad is None:
            verdicts.append(SentenceVerdict(text, "verified", "；".join(v.support for v in got)))
        else:
            settle(False, bad.support if bad else "冒号后的内容无从核对")
        return
    r20alarmB_places = r20alarmB_PL.split(text)
    if r20alarmB_places is not None:
        # "中办发[2009]25号在四个地方出现：作为制定依据（第一条）；": the count, then the first place (places_lead.py)
        r20alarmB_n = r20alarmB_PL.cited_in(r20alarmB_places[0], [p.text for p in sources.of_document(default_doc)
                                                                     if p.article is not None])
        if r20alarmB_n != r20alarmB_places[1]:
            settle(False, f"本规定有{r20alarmB_n}条提到{r20alarmB_places[0]}，不是{r20alarmB_places[1]}处。")
            return
        got, bad = parts_held([r20alarmB_places[2]])
        if got and bad is None:
            verdicts.append(SentenceVerdict(text, "verified", "；".join([f"本规定有{r20alarmB_n}条提到{r20alarmB_places[0]}"]
                                                                       + [v.support for v in got])))
        else:
            settle(False, f"“{r20alarmB_places[2]}”不成立：{bad.support if bad else '无从核对'}")
        return
    szalarm6_places = r20alarmB_PL.occurrence_lead(text, state.get("question", ""))
    if szalarm6_places is not None:
        # "…在规定里出现了四处：第一条…", "四次：第一条…": places the text names a thing (places_lead.py)
        szalarm6_n = r20alarmB_PL.times_named(szalarm6_places[0], [p.text for p in sources.of_document(default_doc)
                                                                     if p.article is not None])
        if szalarm6_n != szalarm6_places[1]:
            settle(False, f"本规定有{szalarm6_n}条提到{szalarm6_places[0]}，不是{szalarm6_places[1]}处。" if szalarm6_n >= 0
                   else f"本规定有的条文不止一次提到{szalarm6_places[0]}，说不出{szalarm6_places[1]}处。")
            return
        got, bad = parts_held([szalarm6_places[2]]) if bare(szalarm6_places[2].split("：", 1)[1]) else ([], None)
        if bad is None:
            verdicts.append(SentenceVerdict(text, "verified", "；".join([f"本规定有{szalarm6_n}条提到{szalarm6_places[0]}"]
                                                                       + [v.support for v in got])))
        else:
            settle(False, f"“{szalarm6_places[2]}”不成立：{bad.support if bad else '无从核对'}")
        return
    r20alarmB_topics = r20alarmB_DT.split(text)
    if r20alarmB_topics is not None:
        # "规定讲了问责情形、问责方式…，没有关于…的内容": terms of the document, then an absence (document_topics.py)
        r20alarmB_whole = "\n".join(f"{p.heading}\n{p.text}" for p in sources.of_document(default_doc))
        r20alarmB_out = r20alarmB_DT.unwritten(r20alarmB_topics[0], r20alarmB_whole)
        if r20alarmB_out:
            settle(False, f"{'、'.join(r20alarmB_out)}不见于本规定的条文。")
            return
        got, bad = parts_held([r20alarmB_topics[1]]) if r20alarmB_topics[1] else ([], None)
        if bad is None:
            verdicts.append(SentenceVerdict(text, "verified", "；".join(["所列各项均见于本规定"] + [v.support for v in got])))
        else:
            settle(False, f"“{bad.text}”不成立：{bad.support}")
        return
    roster = r19alarm_QR.composed(text, state.get("question", ""), lambda t: [
        t[s0:e0] for s0, e0, cat, _ in C.marks(t, book) if cat == "measure"]) if "“" in text else None
    if roster is not None:
        # "这两种都在第十条第二款“…”的名单里": the members said with the list's predicate (quoted_roster.py)
        got, bad = parts_held([roster])
        if got and bad is None:
            verdicts.append(SentenceVerdict(text, "verified", "；".join(v.support for v in got)))
        else:
            settle(False, f"“{roster}”不成立：{bad.support if bad else '无从核对'}")
        return
    r13a_each = r13a_each_article.parts(text, "\n".join(state.get("draft", "").splitlines()[:max(u.line, 0)]),
                                        state.get("question", "")) if "条" in text else None
    if r13a_each:
        # "两条的时限都是24小时": the predicate said of each article it distributes over (each_article.py)
        got, bad = parts_held(r13a_each)
        if got and bad is None:
            verdicts.append(SentenceVerdict(text, "verified", "；".join(v.support for v in got)))
        else:
            settle(False, f"“{bad.text if bad else r13a_each[0]}”不成立：{bad.support if bad else '无从核对'}")
        return
    r20alarmA_pair = r20alarmA_AP.clauses(text, lambda c: bool(A.ABSENT.search(c)) and A.scope_of(
        c, sources, _named_articles(c, sources, default_doc)[0], default_doc) is not None)
    if r20alarmA_pair:
        # "第二条里没有X，这份规定也没有把Y列为Z": each absence on its own scope (absence_pair.py)
        got, bad = parts_held(r20alarmA_pair)
        if got and bad is None and len(got) == len(r20alarmA_pair):
            verdicts.append(SentenceVerdict(text, "verified", "；".join(v.support for v in got)))
            return
    split = gaps8_parts.parts(text)
    if split is not None:
        # "前三种是第十三、十四条的…，第四种是…按《办法》作出的处理": each part on its own, the part
        # that names no article held to the closest article of the same document
        near = [p for _, p in sources.closest(split[1], k=1, docs={default_doc}) if p.article is not None]
        if near:
            got: list[SentenceVerdict] = []
            for part in (split[0], f"按{format_ref(near[0].article)}，{split[1]}"):
                _judge(Unit(part, u.kind, u.line), book, sources, qfacts, cited, default_doc, got, [],
                       lambda t, why: got.append(SentenceVerdict(t, "unsupported", why)), named_all, dict(state))
            if len(got) == 2 and all(v.verdict in ("verified", "quote") for v in got):
                verdicts.append(SentenceVerdict(text, "verified", "；".join(v.support for v in got)))
                return
            # else the sentence is judged whole, as before
    denied = ZN.judged(text, state.get("question", ""), _asked_passage(state.get("question", ""), sources, default_doc))
    if denied is not None:               # "不只是瞒报。" to "只有瞒报才算第五条第（四）项吗？"
        settle(*denied)
        return
    divided = ZP.judged(text, sources)
    if divided is not None:              # "论文分成两个阶段。": the count phrase held to the document
        settle(divided[0], divided[1].label if divided[1] else divided[2])
        return
    why = r8miss_WA.misanswered(text, state.get("question", ""), sources, default_doc)
    if why:                              # "第十六条。" to "哪一条规定了进一步问责？" (which_article.py)
        settle(False, why)
        return
    if _is_lead(text, state.get("question", "")):
        verdicts.append(SentenceVerdict(text, "lead", ""))
        state["next_severity"] = state["severity"]
        return
    alarms16_tail = alarms16_QT.tail_quote(text) if not find_refs(text) else None
    if alarms16_tail is not None:
        # "后面还有“等…的情形”": the words after the list of the article the talk is on (quoted_tail.py)
        alarms16_art = _article_above(state.get("draft", ""), u.line, state.get("question", ""), sources, default_doc, text)
        if alarms16_art is not None and alarms16_QT.after_list(alarms16_tail, alarms16_art.text):
            verdicts.append(SentenceVerdict(text, "quote", alarms16_art.label + "的原文用词"))
            return
    alarms16_trail = alarms16_QT.trailing(text) if alarms16_tail is None else None
    if alarms16_trail is not None:
        # "《A》、《B》、《C》，后面还有“等有关规定”": the list judged as a sentence, the tail as above
        alarms16_art = _article_above(state.get("draft", ""), u.line, state.get("question", ""), sources, default_doc,
                                      text) if not any(r.article for r in find_refs(alarms16_trail[0])) else \
            (lambda n: n[0] if len(n) == 1 else None)(_named_articles(alarms16_trail[0], sources, default_doc)[0])
        if alarms16_art is not None and alarms16_QT.after_list(alarms16_trail[1], alarms16_art.text):
            alarms16_got: list[SentenceVerdict] = []
            _judge(Unit(alarms16_trail[0], u.kind, u.line), book, sources, qfacts, cited, default_doc, alarms16_got, [],
                   lambda t, w: alarms16_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all), dict(state))
            if alarms16_got and all(v.verdict in ("verified", "quote") for v in alarms16_got):
                verdicts.append(SentenceVerdict(text, "verified", "；".join(v.support for v in alarms16_got)
                                                + f"；{alarms16_art.label}的原文用词"))
                return
    if re.search(r"一?级[，,]\s*(?:而)?(?:不是|并非|而非)", text):
        # "条文写的是区一级，不是市委、市政府" (level_not_body.py)
        alarms16_named = _named_articles(text, sources, default_doc)[0]
        alarms16_art = alarms16_named[0] if len(alarms16_named) == 1 else None if alarms16_named else \
            _article_above(state.get("draft", ""), u.line, state.get("question", ""), sources, default_doc, text)
        alarms16_lvl = alarms16_LB.judged(text, alarms16_art.text if alarms16_art else None, C.bodies)
        if alarms16_lvl is not None:
            settle(alarms16_lvl[0], alarms16_lvl[1] + (f"（{alarms16_art.label}）" if alarms16_lvl[0] else ""))
            return
    r20miss_narrowed = r20miss_LA.narrowed(text, [p for p in (sources.article(r.article, default_doc) for r in find_refs(text)
                                                               if r.article) if p] or sources.of_document(default_doc))
    if r20miss_narrowed:                 # “上列工作部门…”只限于市委、市政府工作部门的 (listed_above.py)
        settle(False, r20miss_narrowed)
        return
    if (r23alarm_am := r23alarm_AM.judged(text, state.get("previous", ""), sources, default_doc)) is not None:
        settle(*r23alarm_am)             # 第十一条、第十六条中的《办法》都是指它 (alias_meant.py)
        return
    worded = _wording_clauses(r17alarm_OS.worded(r24alarm_WP.carried(
        text, state.get("about", ""), lambda t: sources.doc_by_title(t) == default_doc), state.get("previous", "")),
        sources, default_doc)   # 用的是“可”字; 后面还有一个“等”字 (word_present.py)
    if worded is not None:
        # "第二条在“区”后面注明了“包括管理区，下同”，…": the clauses that say which words an
        # article uses are quotes of it; what else the sentence says is judged as a sentence
        said, rest = worded
        if not bare(rest):
            verdicts.append(SentenceVerdict(text, "quote", said))
            return
        got: list[SentenceVerdict] = []
        _judge(Unit(rest, u.kind, u.line), book, sources, qfacts, cited, default_doc, got, [],
               lambda t, why: got.append(SentenceVerdict(t, "unsupported", why)), set(named_all), dict(state))
        if got and all(v.verdict in ("verified", "quote") for v in got):
            verdicts.append(SentenceVerdict(text, "verified", said + "；" + got[-1].support))
            return
        # else the sentence is judged whole, as if no clause were a quote
    oldsz_half = oldsz_AH.judged(text, [v.support for v in verdicts if v.verdict == "verified"], book,
                                 lambda n: (p.text if (p := sources.article(n, default_doc)) else None))
    if oldsz_half is not None:            # "依据是第11条后半句": the half the sentences above rest on (article_half.py)
        settle(*oldsz_half)
        return
    r9alarmB_source = r9alarmB_attributed.judged(text, [v.support for v in verdicts if v.verdict == "verified"],
                                                 book, default_doc)
    if r9alarmB_source is not None:      # "出处是第十一条": the articles the sentences above rest on
        settle(*r9alarmB_source)
        return
    r10alarmA_compared = r10alarmA_SV.judged(text, book, state.get("asked", []))
    if r10alarmA_compared is not None:   # "其余三类人在重大事故中从免职降为停职检查" (severity_compared.py)
        settle(*r10alarmA_compared)
        return
    r9alarmB_inner = r9alarmB_consistent.claim(text)
    if r9alarmB_inner is not None:
        # "这与第十一条把…交给《办法》是一致的": the claim inside the frame, judged on its own
        got = []
        _judge(Unit(r9alarmB_inner, u.kind, u.line), book, sources, qfacts, cited, default_doc, got, [],
               lambda t, why: got.append(SentenceVerdict(t, "unsupported", why)), set(named_all), dict(state))
        if got and all(v.verdict in ("verified", "quote") for v in got):
            verdicts.append(SentenceVerdict(text, "verified", "；".join(v.support for v in got)))
            return
        # else the sentence is judged whole, as before
    r10alarmB_left = r10alarmB_OT.split(text)
    if r10alarmB_left is not None:
        # "…，只能看到标题《…》和条文本身": what is left of the front matter (only_title.py)
        r10alarmB_head, r10alarmB_clause = r10alarmB_left
        ok, why = r10alarmB_OT.judged(r10alarmB_clause, state.get("question", "") + r10alarmB_head, sources)
        if not ok or not r10alarmB_head:
            settle(ok, why)
            return
        got = []
        _judge(Unit(r10alarmB_head, u.kind, u.line), book, sources, qfacts, cited, default_doc, got, [],
               lambda t, why: got.append(SentenceVerdict(t, "unsupported", why)), set(named_all), dict(state))
        if got and all(v.verdict in ("verified", "quote") for v in got):
            verdicts.append(SentenceVerdict(text, "verified", "；".join([v.support for v in got] + [why])))
            return
        # else the sentence is judged whole, as before
    conceded = R8A_CN.halves(text)
    if conceded is not None:
        # "S虽然A，但B": each half a sentence of its own (concessive.py), B after A
        got = []
        inner = dict(state, measures=list(state.get("measures") or []))
        for half in conceded:
            _judge(Unit(half, u.kind, u.line), book, sources, qfacts, cited, default_doc, got, [],
                   lambda t, why: got.append(SentenceVerdict(t, "unsupported", why)), set(named_all), inner)
            inner = dict(inner, measures=inner.get("next_measures", inner.get("measures")), previous=half,
                         about=half, contradicted=False)
        if got and all(v.verdict in ("verified", "quote") for v in got):
            verdicts.append(SentenceVerdict(text, "verified", "；".join(v.support for v in got)))
            return
    # "重伤9人落在“重伤三人以上九人以下”": a case's figure placed in a quoted range (placed_case.py)
    wcalarm_why, wcalarm_placed = wcalarm_PC.read(text, [p.text for p in sources.of_document(default_doc)])
    if wcalarm_why:
        settle(False, wcalarm_why)
        return
    holesa_why = holesa_CH.crossed(text, sources)
    if holesa_why:                       # 反腐倡廉形势发展的必然要求: a sibling heading's word (crossed_heading.py)
        settle(False, holesa_why)
        return
    holesa_why = holesa_QC.misclassed(text, [p.text for p in sources.of_document(default_doc)])
    if holesa_why:                       # "“重伤三人以上九人以下”，属于情节严重": another line's class (quoted_case.py)
        settle(False, holesa_why)
        return
    # no typo repair here: a draft's words are judged as written (降至 is not 降职)
    sentence = INLINE_QUOTE.sub(lambda m: m.group(0) if len(m.group(1)) < MIN_QUOTE else "", wcalarm_placed)
    sentence = _resolve(sentence, state.get("about") or state.get("previous", ""), state.get("question", ""), sources, book)
    sentence = ctx_antecedent.member_out(sentence, state.get("previous", ""))     # 其中第一个文件: the title meant
    sentence = ctx_antecedent.counted_out(sentence, state.get("previous", ""), "".join(        # 前五种…后四种: the members
        p.text for r in find_refs(sentence + state.get("previous", ""))
        if r.article and not r.doc_title and (p := sources.article(r.article, default_doc)) is not None))
    sentence = ctx_antecedent.written_out(sentence, state.get("about") or state.get("previous", ""), lambda t: "".join(
        (_item_of(p, r.item, r.paragraph).text if r.item else p.text) for r in find_refs(t)
        if r.article and not r.doc_title and (p := sources.article(r.article, default_doc)) is not None))   # 未这样核查
    sentence = ZG.placed(sentence, book)               # 街道一把手（党政领导正职）: the gloss at its level
    sentence = r10alarmA_CE.filled(sentence, book, state.get("previous", ""))     # …，造成的…，没有造成的…: the consequence written back
    sentence = ZC.spelled(sentence)                    # 有没有造成X：造成了，…；没造成，…: both sides whole
    sentence = R8A_LV.leveled(sentence, "\n".join(state.get("draft", "").splitlines()[:max(u.line, 0)]))   # 事故级别为一般 / 一般——: the grade
    sentence = R8A_NO.numbered(sentence, sources)      # 《关于实行…暂行规定》 is 中办发[2009]25号 (第一条)
    sentence = R8A_PG.resolved(sentence, state.get("paragraph", ""))   # 该款 / 那一款: the paragraph meant
    sentence = R8A_BH.plain_time(sentence)             # 之前先行 for the article's 前
    sentence = szalarm_BD.written_out(sentence, [        # 按《办法》处理: the article's own clause under 《办法》 (basis_disposal.py)
        p.text for r in (find_refs(text) or find_refs(state.get("about") or ""))
        if r.article and not r.doc_title and (p := sources.article(r.article, default_doc)) is not None]) \
        if "处" in sentence or "办理" in sentence or "执行" in sentence or "问责" in sentence else sentence
    sentence, listed_in = R8A_WI.within(sentence, book)  # "…A、B、C，其中没有X": X held to the list
    if listed_in:
        state["contradicted"] = True
        fail(text, listed_in)
        return
    sentence = E.with_role(E.meant(sentence), state.get("previous", ""), state.get("question", ""), book,
                           "\n".join(state.get("draft", "").splitlines()[:max(u.line, 0)]))
    sentence = counted_list(sentence)
    # 第十三条列了四个原则：A、B、C、D: the count of the run the article heads with 原则 (headed_list.py)
    sentence = r22alarm_HL.uncounted(sentence, lambda n: getattr(sources.article(n, default_doc), "text", None))
    if (r17alarm_why := r17alarm_BC.mismatched(sentence)):     # A、B、C（4种）: a count its list denies
        state["contradicted"] = True
        fail(text, r17alarm_why + "。")
        return
    sentence = r17alarm_BC.without_count(sentence)     # A、B、C（3种）: the list's own count (bracket_count.py)
    sentence = r22alarm_AC.without_count(sentence)     # A和B两个级别: the same count unbracketed (apposed_count.py)
    sentence = r22alarm_PG.without_restated(sentence, book)     # 两者是并行的两个组 of 问责组 and 调查组 (parallel_groups.py)
    sentence = gaps8_unknown.as_absence(sentence)      # 所以X没法从资料中确定: 也没有写X
    # "（本办法第二十五条第一款）": a citation alone, its 本办法 part of the reference (as 本规定 is)
    # ("（见本细则第十五条第一款）": a pointer 见 / 参见 / 详见 before it, g12alarm)
    sentence = re.sub(r"^([（(](?:详见|参见|见)?)本(?:办法|规定|条例|细则|规则|准则)(?=第[零一二两三四五六七八九十百\d]+条"
                      r"(?:第[零一二两三四五六七八九十百\d]+款)?(?:第[（(]?[一二三四五六七八九十\d]+[)）]?项)?[)）][。；]?$)",
                      r"\1", sentence)
    # "《某办法》并未收录在知识库中" of a document the sources hold: false as said (not_included.py)
    if (quotedneg_title := wcalarm2_NI.held_denied(sentence, lambda title: sources.doc_by_title(title) is not None)):
        state["contradicted"] = True
        fail(text, f"《{quotedneg_title}》就在知识库的来源中，不是没有收录。")
        return
    # "…，而该预案并未收录在本办法中": what the sources hold, not what the text rules (not_included.py)
    if (wcalarm2_rest := wcalarm2_NI.taken_out(sentence, lambda title: sources.doc_by_title(title) is not None)) is not None:
        if not bare(wcalarm2_rest):
            settle(True, "所说的文件不在知识库中")
            return
        sentence = wcalarm2_rest
    sentence = gaps8_manner.without_manner(sentence)   # 用大白话说就是…: the manner asserts nothing
    sentence = gaps8_manner.without_addition(sentence)   # 可以补充一点：… (r12alarmA)
    sentence = gaps8_manner.without_connective(sentence)   # 而且有这种情形的，… (galarm5)
    sentence = sa_hedges.without_default(sentence, state.get("next", ""))   # 一般情况下，… beside the next case (galarm6)
    sentence = r12alarmA_DB.without_basis(sentence, r12alarmA_DB.cases_after(state.get("draft", ""), u.line),
                                          book.vocabulary.dimensions, lambda t: C.marks(t, book))   # 按后果分两档：
    if "是否" in sentence:                  # 以是否“造成重大损失或者恶劣影响”为界： (division_basis.py)
        sentence = r12alarmA_DB.without_polar_basis(
            sentence, text, r12alarmA_DB.cases_after(state.get("draft", ""), u.line),
            lambda x: any(bare(x) in bare(p.text) for r in find_refs(text) if r.article and not r.doc_number
                          for p in [sources.article(r.article, default_doc)] if p is not None))
    # a reference glossed in brackets with its provision's own words (reference_gloss.py)
    sentence = galarm4_RG.without_gloss(sentence, lambda r: (
        _item_of(q, r.item, r.paragraph).text if r.item and (q := sources.article(r.article, default_doc)) is not None
        else _provision(r, sources, default_doc)))
    # (galarm5) 不适用第二十一条的从轻、减轻: an applied provision's label of its own words (applied_label.py)
    sentence = galarm5_AL.without_labels(sentence, lambda r: _named_text(r, sources, default_doc),
                                         lambda r: _provision(Ref(article=r.article), sources, default_doc))
    sentence = r12alarmA_ET.without_tally(sentence, state.get("draft", ""), text, lambda ref: next(
        (p.text for r in find_refs(ref) if r.article and not r.doc_number
         for p in [sources.article(r.article, default_doc)] if p is not None), None))   # 有两个位置：一是…；二是…
    if re.search(r"个条件|满足|缺一不可", sentence):    # 要同时满足两个条件：一是…；二是… (galarm6, enumerated_tally.py)
        sentence, galarm6_or = r12alarmA_ET.conjoined_count(sentence, state.get("draft", ""), text, [
            x for p in sources.of_document(default_doc) for x in re.split(r"[。\n]", p.text) if x.strip()])
        if galarm6_or:
            state["contradicted"] = True
            fail(text, galarm6_or)
            return
        sentence = r12alarmA_ET.both_held(sentence, state.get("draft", ""), [   # 两者都满足的，… (galarm6)
            x for p in sources.of_document(default_doc) for x in re.split(r"[。\n]", p.text) if x.strip()])
    if "规定的" in sentence:               # 第9条第2款规定的24小时内 for the text's …规定的期限内 (galarm6)
        sentence = galarm6_RT.as_term(sentence, lambda ref: next(
            (t for r in find_refs(ref) if r.article and not r.doc_number
             for t in [_named_text(r, sources, default_doc)] if t), None))
    sentence = r12alarmA_RD.written_out(sentence)     # 你要找的可能是第五条第（四）项，那一项讲的是…
    if default_doc in sources.documents and any(r.article for r in find_refs(text)):   # 深圳本市 for the text's 我市 (own_place.py)
        sentence = r12alarmA_OP.as_deixis(sentence, sources.documents[default_doc].title,
                                          "".join(p.text for p in sources.of_document(default_doc)))
    # a degree adverb before a negation (完全没有提到, 根本不适用) says how sure, not what: the negation is the claim
    sentence = re.sub(r"(?:完全|根本|压根儿?|丝毫|全然|一点也|一点都|从来)(?=没|不|未|无)", "", sentence)
    sentence = r9alarmB_looked.scoped(sentence)        # 单看第十六条，没有免职: said of that article
    sentence = r17alarm_KT.said(sentence, state.get("question", ""), state.get("previous", ""))   # 只能看到开头一句 / 来源里没了
    sentence = r17alarm_OS.scoped(sentence, state.get("previous", ""))   # 第N条只说…；B都没有规定: B of 第N条
    sentence, r9alarmB_bad = r9alarmB_alias.unglossed(sentence, {
        n: p.text for n in sources.articles(default_doc) if (p := sources.article(n, default_doc))})
    if r9alarmB_bad:                                   # 《办法》（即第七条简称的《…》）: the pair and its article
        state["contradicted"] = True
        fail(text, r9alarmB_bad)
        return
    if state.get("opening"):
        regalarm3_answer = sentence
        sentence = _counted(sentence, state.get("question", "")) or _completed(sentence, state.get("question", ""), book)
        if sentence != regalarm3_answer and table_GC.may_concern(sentence) and \
                (szalarm5_gc := table_GC.problems(sentence, [(p.article, p.text) for p in sources.of_document(default_doc)
                                                             if p.article is not None])):
            state["contradicted"] = True      # "两组。" to "…哪两组…" where the article makes three (szalarm5)
            fail(text, szalarm5_gc[0])
            return
        if sentence != regalarm3_answer:    # 800人的… in the range the next sentence states (case_in_range.py)
            sentence = regalarm3_CR.placed(sentence, regalarm3_answer, state.get("next", ""))
    sentence, r27alarm_bad = r24alarm_WP.count_with_word(sentence, [p.text for p in sources.of_document(default_doc)])
    if r27alarm_bad:                                   # 三个，后面还有个“等”：A、B、C (word_present.py)
        state["contradicted"] = True
        fail(text, r27alarm_bad)
        return
    sentence = M.as_listing(sentence, lambda x, noun: r27alarm_MN.is_class(x, noun, book)) or sentence      # "X是第二条列出的一类": the listing it states
    sentence, misplaced = R8A_OR.ordinal(sentence, sources, default_doc)   # 第二条列举的第一类对象就是X
    if misplaced:
        state["contradicted"] = True
        fail(text, misplaced)
        return
    sentence = r8b_denied_topic.without_denied(sentence, sources, default_doc)   # "…，不是不予问责" of 第十七条
    chapter_text, misled = oldsz_CL.listed(_resolve(text, state.get("previous", ""), "", sources, book),
                                           list(H.chapters(sources, default_doc)) if "章" in text else [])
    if misled:                           # 前两章是第一章…、第三章…: the lead and its members disagree
        state["contradicted"] = True
        fail(text, misled)
        return
    chaptered, why, rest = H.chapter_claims(chapter_text, sources, default_doc)
    if chaptered is False:
        fail(text, why)
        return
    if chaptered:
        if not bare(rest) or bare(rest) in ("现有文本", "文本", "来源") or not bare(
                r10alarmA_VP.unframed(rest, lambda x: C.carries_claim(x, book))):   # 从知识库的来源看，可以看到三章
            verdicts.append(SentenceVerdict(text, "verified", why))
            return
        sentence = rest                  # the clauses not about chapters are judged as any sentence
    outside, why, rest = oldsz_OR.read(sentence, state.get("question", ""),
                                       lambda n: (p.text if (p := sources.article(n, default_doc)) else None))
    if outside is False:                  # 第八条不在这一条的适用范围里: the provision's own list (outside_reach.py)
        state["contradicted"] = True
        fail(text, why)
        return
    if outside:
        if not bare(rest):
            verdicts.append(SentenceVerdict(text, "verified", why))
            return
        sentence = rest
    gloss, why, rest = oldsz_AS.glossed(sentence, lambda n: (p.text if (p := sources.article(n, default_doc)) else None))
    if gloss is False:                    # …，也就是第N条里简称为《S》的《F》: the article that defines it (alias_site.py)
        state["contradicted"] = True
        fail(text, why)
        return
    if gloss:
        sentence = rest
    r10miss_held = r10miss_OH.held(sentence, sources, state.get("previous", ""), state.get("question", ""))
    if r10miss_held:                      # "资料中附有这两条的原文": an outside document's text said held
        state["contradicted"] = True
        fail(text, r10miss_held)
        return
    unheld = _outside_content(sentence, sources, state.get("previous", ""), state.get("question", ""))
    if unheld:
        verdicts.append(SentenceVerdict(text, "verified", unheld))
        return
    outside = _outside_subject(sentence, sources, default_doc)
    if outside and not _MISSING_OK.search(sentence):
        fail(text, f"{outside if outside[0] in '中[［〔' else '《' + outside + '》'}不在知识库中，它的内容无从核对；来源只引用了它。")
        return
    here = [c for *_, cat, c in C.marks(sentence, book) if cat == "measure"]
    back = re.search(r"(?:^|(?<=[，,])|(?<=写明|规定|指出|明确|表明)|(?<=就是说|换言之)|(?<=换句话说))(它们|它|其|该|这[一二两三四五六七八九十]?(?:种|项)?(?:问责)?方式|这[两三四五六七八九十]种|这种处理|此(?![外后前时次]))", sentence)
    if back and (n := re.match(r"这([一二两三四五六七八九十])种", back.group(1))):
        if state.get("quoted") and cn_int(n.group(1)) == len(state["quoted"]):
            # the measures a quote just listed (“…训诫、责令作出书面检查…”，这四种…): a counted pronoun
            # only, since a bare 它 after a quote is as often the quoted text itself (szalarm; merge fix)
            state["measures"] = list(state["quoted"])
        elif cn_int(n.group(1)) != len(state.get("measures") or []):
            back = None                   # "这五种方式" stands for the measures before it only when they are five
    if back and back.group(1) in ("它", "其", "它们") and oldsz_OS.own_subject(sentence[:back.start()]):
        back = None                       # "第八条…，它按《…》追究": 它 is the article the sentence opens with
    if not here and state.get("measures") and back:
        # "按第十一条，这一方式的程序…": the measures of the sentence before, where the pronoun stands
        # (a counted one, 这四种, is replaced by them: the count was checked against them)
        sentence = sentence[:back.start()] + "、".join(state["measures"]) + \
            sentence[back.end() if re.match(r"这[一二两三四五六七八九十]种", back.group(1)) else back.start():]
    # "其中A…，其余三种…": the members of the set above the sentence has not named (rest_members.py)
    sentence = szalarm_RM.written_out(sentence, state.get("quoted") or state.get("measures") or [], lambda t: [
        c for *_, cat, c in C.marks(t, book) if cat == "measure"])
    state["next_measures"] = here or state.get("measures") or []
    sentence = corrected(sentence, qfacts.roles, book)    # "不是免职，而是…" of the officials asked about
    for title in re.findall(r"《([^》]+)》", sentence):
        doc = regalarm_ST.doc_for(title, sources, default_doc)
        if doc and sources.articles(doc):
            default_doc = doc             # the regulation the sentence names owns its bare 第N条
            break
    if ingchk_focus.passages_only(book):  # 第五条第（一）项 where the article named cites (二)、(三) (item_refs.py)
        wcalarm_items = wcalarm_IR.problems(text, _named_articles(text, sources, default_doc)[0])
        if wcalarm_items:
            settle(False, wcalarm_items[0] + "。")
            return
    if ingchk_focus.passages_only(book):  # "正好2次也算在内", "79%低于80%": a case figure set against a bound (case_bounds.py)
        regalarm_why, sentence = regalarm_CB.read(sentence, state.get("question", ""),
                                                  [p.text for p in sources.of_document(default_doc)], text)
        if regalarm_why:
            settle(False, regalarm_why)
            return
        # "扣减10万元以上的…，12万元符合": the asker's figure set against a bound the sentence states (case_figure_bound.py)
        galarm_why, sentence = galarm_CF.read(sentence, state.get("question", ""),
                                              [p.text for p in sources.of_document(default_doc)], text)
        # "8人食物中毒已经达到较大…的标准" where the class is 10人以上食物中毒 (class_threshold.py)
        galarm_why = galarm_why or g15alarm_CT.problem(text, state.get("question", ""),
                                                       [p.text for p in sources.of_document(default_doc)])
        # "这里“以上”不包括本数" where the document defines 以上 as including it (defined_bounds.py, g21miss)
        galarm_why = galarm_why or reg7alarm_bounds.contradicted(
            text, "\n".join(p.text for p in sources.of_document(default_doc)))
        # "即使纳入数据库管理，也还是按…处理" where the text's proviso gives that case its own rule (concessive_proviso.py)
        galarm_why = galarm_why or g21miss_CP.problem(
            text, "\n".join(p.text for p in sources.of_document(default_doc)))
        # "算Ⅱ级险情。" answering "困了整整2个小时，算几级险情？": the asker's figure (asked_class.py)
        galarm_why = galarm_why or g20miss_AC.problem(text, state.get("question", ""),
                                                      [p.text for p in sources.of_document(default_doc)])
        # "死了3个人" classed "属于一般事故" where the table's 一般事故 row has 1人以上不满3人 (table_case.py)
        galarm_why = galarm_why or g17alarm_TC.problem(text, state.get("question", ""),
                                                       [p.text for p in sources.of_document(default_doc)])
        if galarm_why:
            settle(False, galarm_why)
            return
        # "重伤11人属于重大事件" where the class is 超过10人重伤: a figure its class's bound holds (class_threshold.py, wing2)
        sentence = g15alarm_CT.met(sentence, [p.text for p in sources.of_document(default_doc)])
        # "提高50%，也就是最高可以到7500元": a figure worked out from the text's (derived_figure.py)
        sentence = galarm_DF.read(sentence, state.get("previous", ""), [p.text for p in sources.of_document(default_doc)])
        # "前后最多15个工作日": the sum of two periods the text chains (period_sum.py)
        sentence = g16alarm_PS.read(sentence, [p.text for p in sources.of_document(default_doc)])
        # "按每处2分算是14分": a total worked out from a rate per thing and the asker's count (per_unit_total.py)
        sentence = g15alarm_PT.read(sentence, state.get("question", ""), [p.text for p in sources.of_document(default_doc)])
        # "除特大桥梁以外的…" where the text excepts 特大桥梁、城市隧道: a member left out (exception_members.py)
        if (g16alarm_why := g16alarm_EM.problem(sentence, [p.text for p in sources.of_document(default_doc)])):
            settle(False, g16alarm_why)
            return
        # "只要A，就可以B" where the text's condition of B is A且C: a condition left out (sufficient_condition.py)
        if (g12alarm_why := g12alarm_SC.problem(sentence, [p.text for p in sources.of_document(default_doc)])):
            settle(False, g12alarm_why)
            return
        # "这里的15天按自然日算，不是工作日。": the kind of day a period of the text counts (day_kinds.py)
        regalarm_ok, regalarm_why, regalarm_rest = regalarm_DK.read(sentence, [p.text for p in sources.of_document(default_doc)],
                                                                      state.get("previous", ""))
        if regalarm_ok is not None:
            settle(regalarm_ok, regalarm_why)
            return
        sentence = regalarm_rest
        # "…不适用第二十一条，所以配合调查也不能从轻、减轻": the shut-off article's content denied (inapplicable.py)
        regalarm_why, sentence = regalarm_NA.read(sentence, lambda n: "\n".join(
            p.text for p in sources.of_document(default_doc) if p.article == n))
        if regalarm_why:
            settle(False, regalarm_why)
            return
    # "第四条并没有分项，它只有一句话：…": the article's shape held to its text (article_shape.py)
    r12alarmA_why, sentence = r12alarmA_AS.read(sentence, lambda ref: "".join(
        p.text for r in find_refs(ref) if r.article and (p := sources.article(
            r.article, (sources.doc_by_title(r.doc_title) if r.doc_title else None) or default_doc)) is not None))
    if r12alarmA_why:
        settle(False, r12alarmA_why)
        return
    named, bad = _named_articles(sentence, sources, default_doc)
    as_item = not named and not bad and bool(state.get("listed"))
    if as_item:
        named = L.under_lead(sentence, state["listed"])     # an item under a list lead: its article's
    # 其中 takes back the list just before: the article the sentence before was held to
    r12alarmA_lead = [x for p in (state.get("listed") or [] if as_item else named) if p.article
                      and (x := sources.article(p.article, p.doc_id))] or [
        x for r in find_refs(state.get("about") or "")[:1] if r.article and (x := sources.article(r.article, default_doc))]
    if len({p.id for p in r12alarmA_lead}) == 1 and r12alarmA_AO.restates(sentence, r12alarmA_lead[0].text):
        settle(True, f"{r12alarmA_lead[0].label}：列举的情形之一")   # 出现其中任何一种，都应当问责 (any_of_list.py)
        return
    # (the list is the one clause after the colon: 五个要素：A、B、C、D、E，并把…比作… ends at the comma)
    # (only a list whole in its sentence, of short members: a list run on over ；-units, or one whose
    # members hold 、 themselves — 市委、市政府各工作部门的…, is not counted here)
    r12alarmA_miscount = reg6miss_inline_count.problems(
        re.sub(r"([：:][^，,]*)[，,].*$", r"\1", re.sub(r"—{1,2}", "：", sentence, count=1)), named, [], None) \
        if not re.search(r"[；;]\s*$", text) and (not re.search(r"[：:—][^。]*[\u4e00-\u9fff]{9}", sentence)
                                                  or r27alarm_SS.titles_only(sentence)) else []
    if r12alarmA_miscount:               # 列了五项原则——A、B、C、D: the count is the list's own (inline_count.py)
        settle(False, "；".join(r12alarmA_miscount) + "。")
        return
    if ingchk_focus.passages_only(book) and (reg4alarm_held := reg4alarm_RF.referrer(sentence, sources, named, default_doc)
                                             or reg4alarm_RF.embedding(sentence, sources, named, default_doc)):
        # "依照第二十五条处理相关人员": the article that refers so; "是在第十七条相应档次以下…": the one
        # that makes the reference (referring.py; galarm5)
        named = [reg4alarm_held]
    named_all.update(p.article for p in named if p.article and p.doc_id == default_doc)
    if ingchk_focus.passages_only(book):  # "第八条规定的部门…": the articles that use the phrase too (reference_phrases.py)
        named = named + reg6alarm_RP.holders(sentence, named, sources, default_doc)
        # "15分那一项…对应第七条第（4）项": the one line that cites the item with the figure (citing_row.py)
        named = named + g15alarm_CR.citing(sentence, named, sources, default_doc)
        # "不过第十条和第二十九条不适用": the article that excepts them (excepted_articles.py)
        named = named + oldreg_EA.excepting(sentence, named, sources, default_doc)
        # "…的，不用按第七条第一款第（三）项做定期检测": the paragraph that excepts the item (excepted_item.py)
        named = named + regalarm3_EI.excepting(sentence, named, sources, default_doc)
    sevs = C.severities_in(sentence, book)
    severity = sevs[-1] if sevs else state["severity"]
    state["next_severity"] = severity
    if bad and not _MISSING_OK.search(sentence):
        for b in bad:
            fail(text, b)
        return
    only, why = A.only_in(sentence, sources, default_doc, covers=lambda n, words: C.covers_severities(n, words, book))
    if only is not None:                  # "现场会的要求只出现在第十三条和第十四条": judged whole
        settle(bool(only), why)
        return
    by_level = gaps8_levels.judged(sentence, book)
    if by_level is not None:              # "重大以上事故和较大事故先由市里或区里作初步问责": the rows
        settle(by_level.ok, by_level.message)
        return
    unprovided = gaps8_uncovered.judged(sentence, book)
    if unprovided is not None:            # "对没有造成较大损失…的一般事故怎么处理，没有规定": the rows
        settle(unprovided.ok, unprovided.message)
        return
    quotes_ok = [m.group(1) for m in INLINE_QUOTE.finditer(text) if len(m.group(1)) >= MIN_QUOTE]
    misquoted = ingchk_aligned.quoted_elsewhere(quotes_ok, named) if ingchk_focus.passages_only(book) else None
    if misquoted:                         # "第七条第（三）项是“伪造、篡改检查记录的”" (第（五）项's words)
        state["contradicted"] = True
        fail(text, misquoted)
        return
    around = _REFS.sub("", INLINE_QUOTE.sub("", text))
    if quotes_ok and not added_polarity(around, "\n".join(quotes_ok)):
        # "用的是“可…”，是可以，而不是必须": the modality of the quote, said again in words
        around = re.sub(r"用的是|用的|而不是|不是|并非|而非|必须|一定|可以|应当|只是", "", around)
    around = _WORDING.sub("", around) if quotes_ok else around     # 条文写的是“…”: which words, no more
    if quotes_ok and len(bare(re.sub(r"根据|依据|按照|依照|规定|原文|如下|是|写道|指出", "", around))) <= 3:
        # (the quote is the labelled article's words: 第十一条第二款：“…” holds 第十条第二款's, quote_under_label.py)
        r15miss_why = r15miss_QL.misplaced(quotes_ok, named, lambda p: _paragraph_text(sentence, p, sources, default_doc),
                                           _subdivisions(sentence, sources, default_doc) if named else [])
        if r15miss_why:
            state["contradicted"] = True
            fail(text, r15miss_why)
            return
        verdicts.append(SentenceVerdict(text, "quote", "原文"))
        # the measures the quote lists are what a counted pronoun after it (这四种) stands for (szalarm)
        state["next_quoted"] = [c for *_, cat, c in C.marks(" ".join(quotes_ok), book) if cat == "measure"]
        return
    if named and quotes_ok and all(bare(q) in bare(_paragraph_text(sentence, p, sources, default_doc))
                                   for q in quotes_ok for p in named) and \
            not bare(r13c_WP.placed(_WORDING.sub("", _REFS.sub("", INLINE_QUOTE.sub("", text))), quotes_ok)):
        # "第二条列举的范围里，市一级写的是“市委、市政府工作部门…”": where the article's words stand (wording_place.py)
        verdicts.append(SentenceVerdict(text, "quote", "、".join(p.label for p in named) + "的原文用词"))
        return
    words = [m.group(1) for m in INLINE_QUOTE.finditer(sentence)]
    if named and words and all(bare(w) and bare(w) in bare(_paragraph_text(sentence, p, sources, default_doc))
                               for w in words for p in named) and \
            len(bare(_WORDING.sub("", _REFS.sub("", INLINE_QUOTE.sub("", sentence))))) <= 1:
        # "第十五条用的是“可”": what words an article uses, each found in the article itself
        verdicts.append(SentenceVerdict(text, "quote", "、".join(p.label for p in named) + "的原文用词"))
        return
    numbers = [p.article for p in named if p.article]
    cut = [p for p in named if p.truncated]
    if cut and not _MISSING_OK.search(sentence) and not C.missing_articles(sentence, book, numbers, _MISSING_OK):
        fail(text, f"{cut[0].label}在来源中不完整（所列情形缺失），不能对其内容作断言。")
        return
    near = _near_quote(text, named)
    if near:
        fail(text, near)
        return
    for problem in _subdivisions(sentence, sources, default_doc):
        fail(text, problem)
        return
    wrong_article = _misattributed(sentence, sources, named, default_doc) or moved_basis(sentence, named)
    if wrong_article:
        fail(text, wrong_article)
        return
    narrowed = r9miss_OM.narrowed(sentence, named or r9miss_OM.asked(sentence, state.get("question", ""), sources, default_doc, _item_of), book)
    if narrowed:                          # "第（二）项只管安全生产领域…": one member for the whole list
        state["contradicted"] = True
        fail(text, narrowed)
        return
    found: list[C.Verdict] = []
    conditional = {r.source.article for r in book.regulation.accident_decisions if r.consequence}
    condition = state["condition"] or bool(conditional & set(p.article for p in named))
    if _EVERY.search(sentence) and not _CONDITION.search(sentence):
        condition = False                 # "凡发生一般事故的…": the condition is said away, not cited
    found += [C.Verdict(False, w) for w in conjoined(sentence, _pool(named, sevs or [state["severity"]], book, sources))]
    if not named:                         # a measure set given without its article: its condition (miss2)
        found += [C.Verdict(False, w) for w in conjoined(sentence, miss2_SC.pool(sentence, book, sources))]
    context = [sevs[0]] if len(sevs) == 1 else [state["severity"]] if not sevs else [None]
    if not sevs and re.search(r"两种|两者|二者|均|都", sentence) and len(state.get("asked", [])) > 1:
        context = state["asked"]          # "两种情形都是停职检查": under each severity asked about
    for sev in context:
        if sev or sevs:
            found += R8A_CL.role_measures(sentence, book, sev, qfacts.consequence, condition)   # clefts.py
            found += R8A_CL.left_out(sentence, book, sev, qfacts.consequence)     # 被M的是A、B (r19miss)
            # officials in people's words (区里分管的副职) given another measure (roles_said.py)
            found += r8miss_RS.misassigned(sentence, book, sev, qfacts.consequence)
    found += r9miss_ES.contradicted(sentence, book, qfacts.consequence, R8A_CL.role_measures)   # 所有事故都由…
    if context == [None] or not any(context):     # no severity in sight: the cited article's rows' (clefts.py)
        found += R8A_CL.by_article(sentence, book, [(r.article, r.item) for d, r in _refs(sentence, sources, default_doc)
                                                    if d == book.regulation.document], qfacts.consequence, condition)
    # 撤职 said of an article of another law (政务处分法第七条) is that law's word, checked against it
    # and so is a measure of another document the sentence names (《…行政首长问责暂行办法》的诫勉谈话)
    others = [t for t in re.findall(r"《([^》]+)》", sentence) if sources.doc_by_title(t) != book.regulation.document
              and t not in {a.strip("《》") for a in sources.aliases.get(sources.documents[book.regulation.document].title, ())}] \
        if book.regulation.document in sources.documents else []
    if not (named and all(p.doc_id != book.regulation.document for p in named)) and not others and \
            not O.held_elsewhere(sentence, state.get("previous", ""), state.get("question", ""), sources, book):
        found += C.not_measures(sentence, book)
    found += C.procedures(sentence, book)
    found += C.absent_measures(sentence, book)
    # clauses about another article, a pair said to go together (combining.py)
    found += r10alarmA_CB.combinable(sentence, book, state.get("previous", ""), lambda s_, b_, bf_: C.combinable(
        s_, b_, bf_, asked=state.get("question", "")))    # (r18alarm: 两种都在名单里 counts the measures asked about)
    found += C.measure_sets(sentence, book)
    # a lead-in announcing a split or a count of an article's measures (rules/checking/partitions.py)
    found += P.split_lead(text, book, numbers) + P.measure_counts(sentence, book, numbers,
                                                                  lambda n: (sources.article(n, default_doc) or _EMPTY).text)
    found += TI.plain_tiers(sentence, book)     # "重的一组5种，轻的一组4种": the sets by weight
    found += R8A_CV.convening(r18alarm_MV.spelled(sentence, state.get("question", "")), book, severity, numbers,
                              state.get("asked", []))   # (由X开 / 轮到X of the 现场会: meeting_verb.py)   # per clause, denied bodies (convened.py)
    # "是市委、市政府作出的。" under a question about a 较大 accident's decision (borrowed_decider.py)
    found += miss15b_BD.wrong_decider(sentence, book, state.get("previous", ""), state.get("question", ""))
    if re.search(r"只能|只可|仅能|仅可|只许", sentence):   # 只能单独适用 where the text says 可以…也可以… (only_alternatives.py)
        found += miss15b_OA.narrowed(sentence, [p.text for p in named] or [p.text for _, p in sources.closest(sentence, k=2)])
    found += r10alarmA_CC.compared(sentence, book, state.get("question", ""))   # 时限一样，区别在召开主体
    found += C.article_severities(sentence, book, numbers)
    found += r10miss_IS.item_severities(sentence, book)   # 第十三条第（二）项 is the 重大 accident's
    cut_verdicts = C.missing_articles(sentence, book, numbers, _MISSING_OK,
                                      held=lambda n, clause: _held_by_rest(clause, n, sources, book.regulation.document))
    found += cut_verdicts
    found += _missing_said(sentence, book, sources, default_doc)
    found += [C.Verdict(False, why) for why in UF.unknown_fields(sentence, sources, _sentence_doc(sentence, sources, default_doc))]
    found += C.national_classes(sentence, book, lambda title: sources.doc_by_title(title) is not None)
    if len(named) == 1:
        # each clause against the paragraph (款) it names (clause_paragraphs.py)
        found += r10alarmA_CP.listing(sentence, named[0].article, lambda part: C.listing(
            part, book, _paragraph_text(part, named[0], sources, default_doc), sources.aliases))
        # 列的是A、B、C，没有D: a part given as the whole, a listed member denied (exhaustive.py)
        found += holes9_lists.exhaustive(sentence, _paragraph_text(sentence, named[0], sources, default_doc))
    found += C.cited_by(sentence, lambda n: (sources.article(n, default_doc) or _EMPTY).text, sources.aliases)
    found += G.citing_articles(sentence, lambda: {n: p.text for n in sources.articles(default_doc)
                                                  if (p := sources.article(n, default_doc))}, sources.aliases)
    found += R.conductors(sentence, book)
    found += R.accident_group(sentence, book)
    found += r10miss_WF.waits(sentence, book)           # …之后，再开展: the group after the other (waits_for.py)
    found += r9miss_MG.merged(sentence, book)          # 问责组并入事故调查组 (merged_group.py)
    found += R.members_moved(sentence, book)
    found += R.referrals(sentence, book)
    found += R.not_replaced(sentence, book)   # 问责不替代纪律处分和刑事追究 (relations.py)
    found += R.referral_crossed(sentence, book)
    found += R.scope(sentence, book, numbers)
    found += r9miss_SX.excluded(sentence, state.get("previous", ""), book)   # 内设机构的负责人不在此列
    found += r8miss_SL.shortened(sentence, book)        # "适用于市委、市政府领导班子成员" (scope_lead.py)
    found += r10alarmA_TR.outside(sentence, book, holes9_scope.outside)  # "适用于市委、市政府领导" (scope_bodies.py); not a table row's 对象为<role> (table_roles.py)
    # 管理区也算在“区”里面: a member of a word an article defines in parentheses (区（包括管理区）)
    r15miss_glossed = I.inclusions(sentence, named or sources.of_document(default_doc))
    found += r15miss_glossed
    found += szalarm_BK.bracketed(sentence, named)    # 在区党委、政府后面分别括注了党工委、管委会
    found += R.scope_heads(sentence, book, numbers)
    found += R.decision_order(sentence, book)
    found += r8miss_DC.group_decides(sentence, book)   # "问责组…负责作出初步问责决定" (decider.py)
    found += R.order_elsewhere(sentence, book, sevs, numbers)
    found += C.restricted_references(sentence, lambda n: (sources.article(n, default_doc) or _EMPTY).text)
    found += r8b_sides.sides(sentence, named)     # 第五条、第六条之外 said 之内
    # a short name said to stand for another title is wrong whatever list the sentence also reads
    found += [C.Verdict(False, f"{x}与来源的简称定义不符。") for x in misnamed_alias(sentence, sources.aliases)]
    # "是《B》" answering "《办法》是哪部？": the question's short name and the answer's title (alias_answer.py)
    found += [C.Verdict(False, f"{x}与来源的简称定义不符。")
              for x in g20miss_AA.misanswered(text, state.get("question") or "", sources.aliases)]
    # "能确定的只是至少有十八条": a lower bound on the articles, held to the last one the sources reach
    found += [C.Verdict(ok, why, whole=alone) for ok, why, alone in
              r8miss_AC.lower_bounds(sentence, max(sources.articles(default_doc), default=0))] if "少" in sentence or "起码" in sentence else []
    # "规定共二十条，…第十八条开头…缺失": a count of the articles beside a verified cut is still held
    found += [v for v in C.article_counts(r8miss_AC.counted_articles(ZR.span_counts(sentence)[1]),
                                          sources.articles(default_doc)) if not v.ok]
    if any(v.whole and v.ok for v in found) and not [v for v in found if not v.ok]:
        only_cut = all(any(v is c for c in cut_verdicts) for v in found if v.whole and v.ok)
        absent, why, _ = A.judge(sentence, sources, [_paragraph_of(sentence, p, sources, default_doc) for p in named],
                                 default_doc) if only_cut and A.ABSENT.search(sentence) else (None, "", "")
        unread = absent is None and only_cut and any(A.ABSENT.search(c) and not _MISSING_OK.search(c)
                                                     and not r27alarm_SS.only_content_denied(c, A.ABSENT)
                                                     for c in re.split(r"[，,；;]", sentence))
        r22alarm_fig = r22alarm_CB.unfound(sentence, lambda c: bool(_MISSING_OK.search(c)), [
            p.text for p in sources.passages + sources.front]) if only_cut else None
        if r22alarm_fig is not None:     # "…就断了，只在标题下标着2009-12-16这个日期" (cut_beside.py)
            state["contradicted"] = True
            fail(text, f"{r22alarm_fig}在来源中找不到。")
            return
        if absent is False or unread:
            # "现有文本（第一条到第十八条开头）中没有…": that the source is cut does not make an
            # absence from its text true; the absence must be read and true
            state["contradicted"] = absent is False
            fail(text, why or "这句话说没有的内容无法在所说的范围内核对。")
            return
        verdicts.append(SentenceVerdict(text, "verified", "；".join(v.message for v in found if v.message)))
        return
    found += C.cross_references(sentence, R8A_CR.with_glosses(sources, default_doc))   # 下同 carries 第二条's 区
    found += r10miss_AP.apposed(sentence, R8A_CR.with_glosses(sources, default_doc))   # …，也就是第五条到第九条
    found += C.severity_conditions(sentence, book)
    found += C.external_articles(sentence, sources.whole)
    # the text's article said to refer to an outside document's articles must be the one that does
    found += [C.Verdict(False, why) for why in EH.misplaced(
        sentence, lambda n: getattr(sources.article(n, default_doc), "text", None))]
    spanned, unspanned = ZR.span_counts(sentence)       # 从第五条到第九条，共五条: the span's count
    found += spanned + C.article_counts(unspanned, sources.articles(default_doc))
    szalarm6_own = len(numbers) == 1 and szalarm6_EN.whole_list(sentence, _item_counter(sources, default_doc).text(numbers[0]))
    # "原则有四个：A、B、C、D": a count of a list the article has member for member, not of its items (enumerations.py)
    found += [] if wcalarm2_PC.states_paragraphs(sentence) or szalarm6_own else \
        C.item_counts(sentence, numbers, _item_counter(sources, default_doc))
    found += wcalarm2_PC.counts(sentence, _item_counter(sources, default_doc).text)   # 第三条分四款, 第十四条第一款的三档
    r27alarm_shape, r27alarm_left = wcalarm2_PC.shape(sentence, _item_counter(sources, default_doc).text)
    r27alarm_whole = not re.sub(r"[\s：:，,。；;]|第[零一二两三四五六七八九十百\d]+条", "", r27alarm_left)
    found += [C.Verdict(v.ok, v.message, whole=r27alarm_whole and v.ok) for v in r27alarm_shape]   # 第四条不分项 (paragraph_count.py)
    if not C._ITEM_COUNT.search(sentence):   # 列举了…方面五种…情形: a count away from its verb
        found += r9miss_SC.counts(sentence, numbers, _item_counter(sources, default_doc))
    # "条件（第五、六、七、九条情形）为造成重大损失…，问责方式为…": measures a set of 第十条 gives
    # the named situations are provided by the article that refers to them all, once the sets hold
    by_sets = C.measure_sets(sentence, book)
    referring = _referrers(named, sources) if by_sets and all(v.ok for v in by_sets) else []
    found += _unlisted_measures(sentence, named + referring, book)
    wrong = [v for v in found if not v.ok]
    if wrong:
        state["contradicted"] = True
        for v in wrong:
            fail(text, v.message)
        return
    topic = offer_topic(sentence)
    if topic is not None and not C.carries_claim(re.sub(r"领导|干部", "", topic), book):
        verdicts.append(SentenceVerdict(text, "framing", "提议继续提问"))
        return
    carries = (C.carries_claim(sentence, book) and not sentence.startswith("可以这样问")
               and not re.match(r"^(问题太长了|暂时无法检索法规)", sentence))
    if is_framing(sentence, carries) or r15_MH.section_title(sentence, carries) or alarms16_LF.formula(sentence) or (
            not carries and r9a_advice.consults_source(sentence)) or (state.get("after_question") and u.kind == "sentence" and len(sentence) <= 20
                                          and not numbers) or (not carries and r13a_turns.addressed(sentence)) or (
            # "如需这些细节，只能另查其他文件。" right after a verified absence (turns.py)
            not carries and r13a_turns.looks_elsewhere(sentence) and verdicts and verdicts[-1].verdict == "verified"
            and bool(r13a_turns.DENIES.search(verdicts[-1].text))):
        verdicts.append(SentenceVerdict(text, "framing", ""))
        return
    titles = re.findall(r"《([^》]+)》", sentence)
    if titles and all(sources.doc_by_title(t) for t in titles) and re.match(r"^知识库收录", sentence):
        verdicts.append(SentenceVerdict(text, "verified", "知识库文档"))
        return
    default_title = sources.documents[default_doc].title if default_doc in sources.documents else ""
    named_ok, why = T.name_claims(text, sources, default_title)
    if named_ok is None:
        named_ok, why = T.undecided_status(text, state.get("question", ""), sources, default_doc)
    if named_ok is None:
        named_ok, why = T.issuer_claim(text, state.get("question", ""), sources, default_doc)
    if named_ok is not None:
        settle(bool(named_ok), why)
        return
    r15miss_why = r15miss_DN.contradicted(sentence, sources)
    if r15miss_why:                       # "中办发[2009]25号就是《…》": another title's number (document_numbers.py)
        settle(False, r15miss_why)
        return
    r10alarmB_said, r10alarmB_bad = r10alarmB_AU.used_later(sentence, named, sources)
    if r10alarmB_bad:                     # "…简称为《办法》，后面的条文沿用这个简称" (alias_used.py)
        settle(False, r10alarmB_bad)
        return
    alias = defined_alias(r10alarmB_said, named)
    if alias:
        verdicts.append(SentenceVerdict(text, "verified", alias))
        return
    r9alarmB_where = r9alarmB_alias.judged(sentence, named)
    if r9alarmB_where is not None:        # "《办法》这个简称是在第七条定义的": held to the articles named
        settle(*r9alarmB_where)
        return
    if named and re.search(r"[：:]$", text.strip()):
        # a lead into a list ("第二条列了这几类：", "第十三条第（一）项规定的特别重大事故初步问责决定："):
        # each line of the list is checked on its own; the lead itself says no more than
        # its words, which must be the article's (an item read with the words that lead into it)
        whole = "\n".join((sources.article(p.article, p.doc_id) or p).text for p in named)
        lead = sentence
        count = re.search(r"(?:一共|总共|共)?有?([一二两三四五六七八九十\d]+)(?:类|项|种|个|方面|块|部分|组|档)", lead)
        if count and len(named) == 1 and named[0].article:
            # "按第二条，有四类：": a count the article's own list has (its items, or the rule
            # rows the regulation's data reads from it) says no more than the list that follows
            n, art = cn_int(count.group(1)), named[0].article
            rows = sum(1 for r in book.regulation.rows() if r.source.article == art) \
                if named[0].doc_id == book.regulation.document else 0
            listed = len({c for *_, cat, c in C.marks(named[0].text, book) if cat == "measure"})
            counter = _item_counter(sources, named[0].doc_id)
            # (g22alarm) "第27条第2款规定了三种…：" counts the named paragraph's list, not the article's
            # (an article may hold two numbered lists, one a paragraph); the rows stay the article's
            para = re.search(r"第[零一二两三四五六七八九十百\d]+条第([一二三四五六七八九十]+|\d{1,2})款", lead[:count.start()])
            if para:
                counter, rows = C._paragraph_list(counter, para.group(1)), 0
            have = {counter(art), rows} - {0}
            have |= {listed} if have and listed else set()      # 第十条列了九种: the measures it lists
            if n in have:
                lead = lead[:count.start()] + lead[count.end():]
            elif have and re.match(r"^(?:根据|按照?|依据|依照)?(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条(?:[^，,：:]{0,3}(?:列|有|包括|分为?|规定)"
                                   # (r28alarm) "按第二条，指五类人：": the count after the article's comma
                                   r"|[，,](?:一共|总共|共)?(?:有|指|是|分为?|包括)?(?:一共|总共|共)?[一二两三四五六七八九十\d])",
                                   lead):
                # "第二条列了五类：" where the article lists four: the count is the list's, and wrong
                state["contradicted"] = True
                fail(text, f"{named[0].label}列有{'或'.join(str(x) for x in sorted(have))}项（类），不是{n}。")
                return
        # (依据 / 根据 before the article only says the list rests on it)
        # (讲了 / 说了, like 规定了, only say that the article holds the list)
        words = C.list_talk(re.sub(r"这几|这些|如下|以下|下列|几[类项种条]|具体|(?:规定|讲|说)了?的?|^(?:依据|根据|依照|按照?)", "", lead))
        # "整理一下时间节点（《细则》第28条）：": framing talk with the list's article cited (cited_lead.py)
        g12alarm_talk = g12alarm_CL.without_citation(lead)
        if len(words) <= 2 or coverage(words, whole) >= 0.5 or g12alarm_talk is not None and is_framing(
                g12alarm_talk, C.carries_claim(g12alarm_talk, book)):
            lead_own = LC.unsupported(lead, whole, C.list_talk, coverage, added_polarity)
            if lead_own:                  # "第五条规定，有下列情形之一的，不予问责：" (lead_claim.py)
                state["contradicted"] = True
                fail(text, f"列表的引导语“{lead_own}”与{'、'.join(p.label for p in named)}的原文不符。")
                return
            state["lead_of_list"] = _list_lead(sentence, named, sources, default_doc)
            verdicts.append(SentenceVerdict(text, "verified", "列表引导：" + "、".join(p.label for p in named)))
            return
    # an absence of a front-matter field (没有写日期, 没有署名作者) is held to that field
    why = FM.contradicted(sentence, state.get("question", ""), sources, default_doc, state.get("previous") or "")
    if why:
        state["contradicted"] = True
        fail(text, why)
        return
    r21alarm_fm = FM.unknowable(sentence, state.get("question", ""), sources, default_doc, state.get("previous") or "")
    if r21alarm_fm is not None:           # "是谁发的，单凭这份文本说不出来" held to the field (frontmatter.py)
        if r21alarm_fm[0]:
            verdicts.append(SentenceVerdict(text, "verified", r21alarm_fm[1]))
        else:
            state["contradicted"] = True
            fail(text, r21alarm_fm[1])
        return
    why = r9miss_TL.denied_limit(sentence, sources, named or [p for n in _severity_articles(book, sevs)
                                                              if (p := sources.article(n, book.regulation.document))], default_doc)
    if why:                               # "…召开现场会，并没有规定具体的时限" (time_limits.py)
        state["contradicted"] = True
        fail(text, why)
        return
    alarms16_act = alarms16_LA.denial(text, state.get("question", ""))
    if alarms16_act:                      # "条文没有给出小时数" to "…几小时内成立？" (limit_absent.py)
        alarms16_scope = named or [p for p in sources.passages if p.doc_id == default_doc]
        if alarms16_LA.absent(alarms16_act, [p.text for p in alarms16_scope], r9miss_TL._present):
            verdicts.append(SentenceVerdict(text, "verified", f"没有给“{alarms16_act}”规定时限的条文"))
            return
    why = r8miss_FA.denied_figures(sentence, sources, named, default_doc)
    why = why or r10miss_FF.denied_figures(sentence, sources, named, default_doc)   # figures in the next sentences
    if why:                               # "报告没有给出PM2.5的具体数值": figures of a kind about a subject
        state["contradicted"] = True
        fail(text, why)
        return
    if "不" in sentence and (wsz2_reach := wsz2_AR.judged(sentence, lambda n: (
            p.text if (p := sources.article(n, default_doc)) else None))) is not None:
        # "第八条不在第十一条的适用范围里": read against the articles the second names (article_reach.py)
        if not wsz2_reach[0]:
            state["contradicted"] = True
            fail(text, wsz2_reach[1])
            return
        if not C.carries_claim(wsz2_reach[2], book) and len(bare(wsz2_reach[2])) <= 6:
            verdicts.append(SentenceVerdict(text, "verified", wsz2_reach[1]))
            return
    # an absence from a paragraph (第十条第二款没有…) is judged against that paragraph
    # (办法里没有具体标准, to 举报奖励的具体标准…: the question's modifier written in, absence_topic.py)
    wcalarm_done = wcalarm_AT.completed(sentence, state.get("question", ""),
                                        [p.text for p in sources.of_document(default_doc)])
    absent, why, rest = A.judge(wcalarm_done, sources,
                                [_paragraph_of(sentence, p, sources, default_doc) for p in named], default_doc,
                                _talked_of(sentence, state, sources, default_doc) if not named else [])
    if absent is True and wcalarm_done != sentence and bare(rest):
        # (an absence read with the question's words: what else the sentence says is judged as a
        # sentence of its own, or the whole sentence is judged below)
        wcalarm_got: list[SentenceVerdict] = []
        _judge(Unit(rest, u.kind, u.line), book, sources, qfacts, cited, default_doc, wcalarm_got, [],
               lambda t, w: wcalarm_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all), dict(state))
        if not wcalarm_got or any(v.verdict not in ("verified", "quote") for v in wcalarm_got):
            absent = None
    if absent is None and (g10miss_this := g10miss_AD.this_resolved(sentence, state.get("question", ""))):
        # "办法对此没有任何规定": 此 is what the question asks about; the text having it refutes the
        # absence (one it would make true stays undecided: absence_decided.py)
        g10miss_absent, g10miss_why, _ = A.judge(g10miss_this, sources,
                                                 [_paragraph_of(sentence, p, sources, default_doc) for p in named], default_doc)
        if g10miss_absent is False:
            absent, why = False, g10miss_why
    if absent is True and not named:
        # 本规定 where the draft may mean an ingested regulation too: the absence holds in each
        for ig3_doc in ingchk_focus.could_mean(state.get("question", ""), state.get("draft", ""), sources, book):
            ig3_absent, ig3_why, _ = A.judge(sentence, sources, [], ig3_doc)
            if ig3_absent is False:
                absent, why = False, ig3_why
                break
    if absent is not None:
        if absent is False:
            state["contradicted"] = True
            fail(text, why)
            return
        # the absence is true: what else the sentence says must still be found; failing that,
        # the sentence is judged whole below, as if no absence had been read
        rest = r10alarmA_VP.unframed(rest, lambda x: C.carries_claim(x, book))   # 所以从条文本身看，
        if not (C.carries_claim(rest, book) or len(bare(rest)) > 6):
            verdicts.append(SentenceVerdict(text, "verified", why))
            return
        if support(rest, sources, named, None, cited, sevs)[0] is not None:
            # the rest found: it is still judged in full, held to the articles the sentence names
            # (第五条没有规定…，只说…区政府可以给予奖励: a body, modality or figure changed; absence_rest.py)
            holesa_rest = holesa_AR.restated(rest, [p.label for p in named], sentence)
            if holesa_rest is None:
                verdicts.append(SentenceVerdict(text, "verified", why))
                return
            holesa_got: list[SentenceVerdict] = []
            # (the grade the whole sentence names is the rest's, not the sentence before's: szalarm)
            szalarm_sevs = C.severities_in(text, book)
            _judge(Unit(holesa_rest, u.kind, u.line), book, sources, qfacts, cited, default_doc, holesa_got, [],
                   lambda t, w: holesa_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all),
                   dict(state, severity=szalarm_sevs[0]) if len(szalarm_sevs) == 1 else dict(state))
            holesa_bad = [v for v in holesa_got if v.verdict not in ("verified", "quote")]
            if not holesa_bad:
                verdicts.append(SentenceVerdict(text, "verified", why))
                return
            state["contradicted"] = True
            fail(text, holesa_bad[0].support or "缺失之外的部分与原文不符。")
            return
        r13c_rest = "".join(c for c in re.findall(r"(?:[“「\"][^”」\"]*[”」\"]|[^，,；;。])+[，,；;。]?", text)
                            if bare(INLINE_QUOTE.sub("", c)) in bare(rest)) if INLINE_QUOTE.search(text) else ""
        if INLINE_QUOTE.search(r13c_rest):
            # "第二条…写的是“…”，没有出现…": the rest, its quotes kept, judged as a sentence of its own (r13c)
            r13c_got: list[SentenceVerdict] = []
            _judge(Unit(r13c_rest.strip("，,；; ") + "。", u.kind, u.line), book, sources, qfacts, cited, default_doc, r13c_got,
                   [], lambda t, w: r13c_got.append(SentenceVerdict(t, "unsupported", w)), set(named_all), dict(state))
            if r13c_got and all(v.verdict in ("verified", "quote") for v in r13c_got):
                verdicts.append(SentenceVerdict(text, "verified", why + "；" + r13c_got[-1].support))
                return
    # restating an article: the ones it names, else the article closest to it in words
    near = [p for _, p in sources.closest(sentence, k=1) if p.article is not None] if not named else []
    sentence = gaps8_same.in_passage_words(sentence, named or near, book)    # 造成 for the article's 导致
    sentence = para_ways.in_passage_words(sentence, named or near)          # 单独用, 合起来用 for 单独适用, 合并适用
    sentence = gaps8_made.as_made_of(sentence, named or near)                # 成员来自X for 由X组成
    swaps = SW.swapped(sentence, named or near, book, sources.context((named or near)[0].doc_id) if named or near else "")
    if swaps:
        # a term of the article exchanged for another of its kind (刑事责任 for 纪律责任)
        state["contradicted"] = True
        fail(text, f"“{swaps[0]}”与{'、'.join(p.label for p in named or near)}的原文不符。")
        return
    # a restatement that changes what the text says in one of its clauses (branch passes): a
    # reference renumbered, a proviso added or turned round, a joined condition of an exemption cut
    # (a proviso's remark may restate what an item's list's lead gives every item: g22alarm)
    passes_why = (passes_RN.problems(sentence, named or near) + passes_PV.problems(sentence, named or near, [
        _with_lead(p, sources)[:-len(p.text)] for p in named or near if "#" in p.id])
        + passes_EC.problems(sentence, named or near))[:1]
    # (branch holesb) 直接适用 for 参照执行; a consequence added between the provision's clauses; 这种情形
    # taking back another item than the text's; another body said to make the text's decision
    passes_why = passes_why or [w for w in (
        holesb_BR.problems(sentence, named or near)
        + holesb_AC.problems(sentence, named or near, sources.context((named or near)[0].doc_id) if named or near else "")
        + holesb_SA.problems(sentence, named or near, state.get("previous", ""))
        # (holes17) a case of a list, or 这种情形 after it, given a consequence its lead does not (case_predicate.py)
        + holes17_CP.problems(sentence, state.get("previous", ""), sources.of_document(default_doc))
        # (holes17) 能Y的只有X: the case X held to what the text gives it (cleft_case.py)
        + holes17_CC.problems(sentence, sources.of_document(default_doc))
        + holesb_DM.problems(sentence, named or near)
        # (galarm5) 不适用第十八条免予追究和第十九条从轻: the labels of two applied provisions swapped
        + galarm5_AL.swapped(text, lambda r: _named_text(r, sources, default_doc))
        + holesb_OW.problems(sentence, state.get("question", ""), named or near)
        + holesb_AT.problems(sentence, sources)
        # (branch g9pass) 3日 for 三个工作日; 每两年 for 每年; 由X制定 the text does not say
        + g9pass_WU.problems(sentence, named or near)
        + g9pass_EN.problems(sentence, named or near)
        + g9pass_MB.problems(sentence, named or near)
        # (branch rest14) 暂停执行 where the text says 不停止…的执行 (halting.py)
        + rest14_HL.problems(sentence, named or sources.of_document(default_doc))
        + rest14_RC.problems(sentence, named or near)
        # (r15miss) 只到区一级：A，B，C leaving out a member of the list (exclusive_list.py)
        + r15miss_XL.problems(sentence, named or near)
        # (szmiss) 只针对“…造成损失”: the restricted span cut before the text's 或者 / 及其 (cut_alternative.py)
        + szmiss_CA.problems(text, named or near)
        # (szmiss) 区政府工作部门不在其中 where the text says 政府…及其工作部门 (and_its.py)
        + szmiss_AI.problems(sentence, named or near)
        # 按第十三条至第十六条作出处理后: the articles the provision is said of (referred_set.py)
        + rest14_RS.problems(sentence, sources.of_document(default_doc))     # 只把X纳入: X the text's class (restricted_class.py)
        # (branch g10miss) 第十一条第（一）项引用的是第六条第（二）项: the citing provision's own references
        + g10miss_CP.problems(sentence, lambda n: getattr(sources.article(n, default_doc), "text", None))
        # (g19alarm) 依照第二十三条、第二十四条 where the named provision's chain is 第二十三条 (basis_chain.py)
        + g19alarm_BC.problems(sentence, lambda n: getattr(sources.article(n, default_doc), "text", None))
        # (szmiss) 第十条覆盖第五条到第九条: the articles a provision reaches, its text's own (covered_articles.py)
        + szmiss_CV.problems(sentence, lambda n: getattr(sources.article(n, default_doc), "text", None))
        # 不论A还是B where the text's condition is A alone (regardless.py)
        + g10miss_RG.problems(sentence, named or near))][:1]
    if passes_why:
        state["contradicted"] = True
        fail(text, passes_why[0] + "。")
        return
    # (an article's items are situations, held item by item by the support test; this reads lists of members)
    listed_text = "\n".join(p.text for p in named)
    added = MB.added_members(sentence, listed_text, as_item, lambda t: SW.same_terms(t, listed_text, book)) \
        if named and not any("#" in p.id for p in named) and not [
            # (r15miss) a parenthesis the article defines, copied inside the restated list
            # (区（包括管理区）党委…), is read as an inclusion; the list's members are still held
            v for v in found if not (v.ok and any(v is g for g in r15miss_glossed))] else []
    if added:
        # a member the article's list does not have (村委会主任 beside 街道党政领导成员)
        state["contradicted"] = True
        fail(text, f"“{added[0]}”不在{'、'.join(p.label for p in named)}所列之中。")
        return
    if found:
        # rule claims verified: the figures, bodies and severities around them must still be the
        # regulation's (the articles the sentence names, or those of the rules it states)
        arts = named + referring or [p for n in sorted({r.source.article for r in book.regulation.rows()})
                         if (p := sources.article(n, book.regulation.document))]
        text_pool = "\n".join(_with_lead(p, sources) for p in arts)
        # a list of measures ends where its last measure does (免职同档: list_ends.py)
        missing = missing_terms(denied_elsewhere(r10alarmA_LE.cut(sentence, book), C.bodies, text_pool), text_pool, [], "", sources.titles, sources.aliases)
        # (a title given with its document number that the articles' own document names it by: g21alarm)
        missing = [m for m in missing if not (m.startswith("《") and any(
            numbered_title(m[1:-1], sentence, squash(text_pool), sources.context(d)) for d in {p.doc_id for p in arts}))]
        szalarm6_said = r8miss_SP.docs_said(sentence, sources) if missing and not named else None
        if szalarm6_said and book.regulation.document not in szalarm6_said:
            # "按文章的介绍，《办法》2005年、2008年两次修订…，引入了训诫…": the measure it names is the
            # paper's report, not the regulation's rule; its figures are held to the reported
            # document's passage that holds most of the sentence (speaker.py)
            szalarm6_best = r8miss_SP.reported_passage(sentence, sources, szalarm6_said)
            if szalarm6_best is not None:
                missing = missing_terms(denied_elsewhere(r10alarmA_LE.cut(sentence, book), C.bodies, szalarm6_best.text),
                                        szalarm6_best.text, [], "", sources.titles, sources.aliases)
        if missing:
            state["contradicted"] = True
            fail(text, f"{'、'.join(missing)}在所引条文中找不到。")
            return
        if named and not any(v.whole for v in found):
            # what it says beside the rule claim is still held to the articles it names (to the
            # paragraph it names of one: 第十条第二款 does not say what 第一款 says)
            held = [_paragraph_of(sentence, p, sources, default_doc) for p in named] + referring
            passage, why = support(r10alarmA_LE.cut(sentence, book), sources, held, None, cited, [], min_coverage=0.35, polarity=False,
                                   lead="\n".join(_with_lead(p, sources) for p in named if "#" in p.id))
            if passage is None:
                fail(text, why)
                return
        verdicts.append(SentenceVerdict(text, "verified", "；".join(v.message for v in found if v.message)))
        return
    docs = {d for t in titles if (d := sources.doc_by_title(t))} or None
    if docs is None and not named:       # "论文介绍，…": the document the sentence reports (speaker.py)
        docs = r8miss_SP.docs_said(sentence, sources) or state.get("r8miss_said")
    if docs is None and not named:       # not another regulation the draft never names (unnamed.py)
        docs = ig_unnamed.default_scope(state.get("question", "") + "\n" + state.get("draft", ""), sources, default_doc,
                                            sentence)
    ruled = [p for n in _severity_articles(book, sevs) if (p := sources.article(n, book.regulation.document))]
    situations = {r.source.article for r in book.regulation.situations}
    # "第十五条…也就是特别重大、重大和较大事故": the severities of the articles a named article
    # refers to (按本规定第十三条、第十四条初步问责后) are what it covers through them
    referred = "\n".join(q.text for p in named for n in sorted(C._internal(p.text))
                         if (q := sources.article(n, p.doc_id)) is not None and n not in numbers)
    through = [x for x in sevs if x in referred and not any(x in p.text for p in named)] if referred else []
    if through:
        sentence = _without_severities(sentence, through, book)
        sevs = [x for x in sevs if x not in through]
    ingchk = ingchk_focus.passages_only(book)
    if ingchk:
        # (the provision an asked passage's reference points to: reg6miss)
        reg6miss_pointed = reg6miss_pointed_to.problems(sentence, state.get("question", ""), sources.of_document(default_doc))
        if reg6miss_pointed:
            state["contradicted"] = True
            fail(text, "；".join(reg6miss_pointed) + "。")
            return
        # (a cited duty's violation glossed, 违反第N条第（k）项，也就是未…: violation_gloss.py, g23alarm)
        g23alarm_glossed, g23alarm_gwhy = g23alarm_VG.judged(
            sentence, [p.text for p in sources.of_document(default_doc)],
            lambda a, k: _item_of(q, k).text if (q := sources.article(a, default_doc)) is not None else None)
        if g23alarm_glossed is not None:
            if not g23alarm_glossed:
                state["contradicted"] = True
                fail(text, g23alarm_gwhy + "。")
            else:
                verdicts.append(SentenceVerdict(text, "verified", g23alarm_gwhy))
            return
        # (the item a case falls under, held to the article's items: reg6miss)
        reg6miss_held, reg6miss_why, reg6miss_rest = reg6miss_classed.judged(sentence, state.get("question", ""),
                                                                              sources.of_document(default_doc))
        if reg6miss_held is False:
            state["contradicted"] = True
            fail(text, reg6miss_why + "。")
            return
        if reg6miss_held and not bare(reg6miss_rest):
            verdicts.append(SentenceVerdict(text, "verified", reg6miss_why))
            return
        # (what the sentence says beside the membership is kept with it: 属于第九条第（四）项，要追究责任 is
        # read with the item's lead, item_membership.py)
        sentence = reg6miss_rest if reg6miss_held and not reg6alarm_IM.placed(text) else sentence
        # (an exception's holder, for the case its condition names, in the text's words: reg6miss)
        sentence = reg6miss_exceptions.restated(sentence, sources.of_document(default_doc),
                                                state.get("question", ""), state.get("draft", ""))
        # a document without rule data: each clause held to the statement it restates (aligned.py)
        referred = _reference_readers(sources, default_doc)[0]
        moved = ingchk_aligned.problems(sentence, named, sources.of_document(default_doc), state.get("draft", ""),
                                        state.get("question", ""), referred, _item_counter(sources, default_doc),
                                        written=text)
        # (a figure's unit, the parallel part, a short tail, a universal, the special case: reg4miss)
        moved = moved or [w for reg4miss_m in (reg4miss_FU, reg4miss_PL, reg4miss_TL, reg4miss_UN, reg4miss_SC,
                                             reg4miss_BS, reg4miss_LM, sa_hedges, sa_figure_home, galarm_SI, galarm_RI,
                                             g16miss_CS, wping_TP)
                          for w in reg4miss_m.problems(sentence, named, sources.of_document(default_doc), referred)]
        # (the items of another article an article refers to: reg5)
        moved = moved or reg5_items.problems(sentence, named, sources.of_document(default_doc), referred)
        moved = moved or reg5_approval.problems(sentence, named, sources.of_document(default_doc), referred)
        # (a duty said without the case that opens its statement: holes17, item_case.py)
        moved = moved or holes17_IC.problems(sentence, named, sources.of_document(default_doc),
                                             state.get("draft", "") + "\n" + state.get("question", ""))
        # (who holds a post or does an act: reg6miss)
        moved = moved or reg6miss_holders.problems(sentence, named, sources.of_document(default_doc), referred)
        moved = moved or reg6miss_figure_bound.problems(sentence, named, sources.of_document(default_doc), referred)
        # (a bound said with a word the definitions article gives the other inclusion: g19miss)
        moved = moved or g19miss_DI.problems(sentence, named, sources.of_document(default_doc), referred)
        moved = moved or reg6miss_only_dropped.problems(sentence, named, sources.of_document(default_doc), referred)
        moved = moved or reg6miss_inline_count.problems(sentence, named, sources.of_document(default_doc), referred,
                                                         g17alarm_IC.following(text, state.get("draft", "")))
        moved = moved or reg6miss_scope_sides.problems(sentence, named, sources.of_document(default_doc), referred)
        moved = moved or reg6miss_exceptions.problems(sentence, sources.of_document(default_doc),
                                                      state.get("question", ""), state.get("draft", ""))
        # (an exception said away, a once-only act repeated, a predicate spread over members: miss2)
        moved = moved or [w for miss2_m in (miss2_ED, miss2_AC, miss2_DI, quotedneg_QS)
                          for w in miss2_m.problems(sentence, named, sources.of_document(default_doc), referred)]
        if moved:
            state["contradicted"] = True
            fail(text, "；".join(moved) + "。")
            return
        # the articles that hold every figure of the sentence are among the passages it may restate
        figs = re.findall(r"\d+(?:\.\d+)?%?", _REFS.sub("", sentence))
        cited = cited + [p for p in sources.of_document(default_doc) if figs and not named and
                         all(re.search(rf"(?<![\d.]){re.escape(f)}(?!\d)", p.text) for f in figs)]
    residual, why, rest = r8b_residual.judged(sentence, named)
    if residual is False:                 # "第六条是兜底条款": 兜底 said of a passage without 其他
        state["contradicted"] = True
        fail(text, why)
        return
    sentence = rest if residual else sentence
    r13b_linked, why, rest = r13b_LK.judged(sentence, lambda n: (p.text if (p := sources.article(n, default_doc)) else None))
    if r13b_linked is False:              # "第六条是个衔接条款": an article referring to nothing else (linking.py)
        state["contradicted"] = True
        fail(text, why)
        return
    sentence = rest if r13b_linked else sentence
    passage, why = support(sentence, sources, named, docs, cited, sevs, ruled=ruled, negation=not ingchk,
                           lead="\n".join(_with_lead(p, sources) for p in named if "#" in p.id),
                           aligned=frozenset(p.id for p in named if p.article in situations and p.doc_id == book.regulation.document))
    if passage is None and len(numbers) > 1 and \
            not C.carries_claim(re.sub(r"第[零一二两三四五六七八九十百\d、和及与]+条", "", _REFS.sub("", _undocketed(sentence))), book):
        # "适用于第五、六、七、九条规定的情形": what the article that refers to all the named ones
        # (第十条: 有本规定第五、六、七、九条规定的情形) says of them, held to that article
        for p in _referrers(named, sources):
            if support(sentence, sources, [p], None, [], sevs)[0] is not None:
                passage = p
                break
    itemref_said = itemref_IO.written_out(sentence, named, itemref_IO.sentence_before(state.get("draft", ""), text)) \
        if passage is None and named else sentence
    if passage is None and named and (itemref_read := itemref_IO.read_items(named, sources, itemref_said)) is not None:
        # an item cited by reference, read as the sentence its list's opening line makes of it:
        # the subject and the consequence that line gives every item (item_opening.py)
        passage = support(itemref_IO.uncited(itemref_said), sources, itemref_read, docs, cited, sevs, ruled=ruled,
                          negation=not ingchk)[0]
    if passage is None and named:
        # an item whose list sends its consequence to another article, read with that article's
        # statements that name the item (有第（六）项情形的，处…罚款: referred_consequence.py)
        for g18alarm_p in named:
            g18alarm_read = g18alarm_RC.read_with_consequence(g18alarm_p, sources)
            if g18alarm_read is not None and support(itemref_IO.uncited(itemref_said), sources, [g18alarm_read], docs,
                                                     cited, sevs, ruled=ruled, negation=not ingchk)[0] is not None:
                passage = g18alarm_p
                break
    if passage is None and named and ingchk and \
            (g16alarm_more := g16alarm_RP.referred_texts(sentence, [(p.article, p.text) for p in named], lambda r: (
                (_item_of(q, r.item, r.paragraph).text if r.item else _provision(r, sources, default_doc))
                if (q := sources.article(r.article, default_doc)) is not None else None))):
        # "第14条第(一)项指的是：…一个月连一次都没巡查…": the item read with the provision it refers to
        # (第5条第3款规定的频次: 每月巡查不少于1次; referred_provisions.py)
        g16alarm_joined = SourceText("+".join(p.id for p in named), named[0].doc_id, named[0].doc_title, named[0].doc_kind,
                                     "、".join(p.label for p in named), "\n".join([p.text for p in named] + g16alarm_more),
                                     named[0].article)
        if support(sentence, sources, [g16alarm_joined], docs, cited, sevs, ruled=ruled, negation=not ingchk)[0] is not None:
            passage = named[0]
    if passage is None and (r13b_head := r13b_HR.restated(text, sources)) is not None:
        # "是深圳市反腐倡廉形势发展的必然结果。": the section's heading, not its body (heading_restated.py)
        verdicts.append(SentenceVerdict(text, "verified", f"{r13b_head.label}的标题"))
        return
    if passage is not None and not named and passage.article and \
            passage.article in {r.article for r in find_refs(state.get("question", ""))} and \
            (lead_own := LC.clause_unsupported(sentence, passage.text, C.list_talk, coverage)):
        # held to the article the question asks about, a clause that says what follows is the
        # article's own words (lead_claim.py): "…的，可以从轻问责" of an article that says 不予问责
        state["contradicted"] = True
        passage, why = None, f"“{lead_own}”不见于{passage.label}。"
    if passage is not None and (r22alarm_year := r22alarm_YP.unmatched(
            sentence, [p.text for p in sources.passages + sources.front])) is not None:
        # 分别在2006年和2008年: years said together stand together in one passage (year_pairs.py)
        passage, why = None, f"{r22alarm_year}年与同列的年份不在同一处原文中。"
    if passage is not None and named and (wsz2_role := wsz2_NR.missing(sentence, [
            (a, b, c) for a, b, cat, c in C.marks(sentence, book) if cat == "role"], [p.text for p in named])):
        # "第十六条规定…对街道党政领导正职问责": a role the named article does not name (named_role.py)
        passage, why = None, f"{'、'.join(p.label for p in named)}没有写到“{wsz2_role}”。"
    if passage is None:
        fail(text, why)
    else:
        verdicts.append(SentenceVerdict(text, "verified", passage.label))
        if ingchk and passage.article and re.search(r"[：:]$|[：:].*[；;]$", text.strip()) and \
                not reg6miss_labelled.is_label(text) and \
                not ("#" in passage.id and g18alarm_RC.member_cites_item(text)) and \
                (whole_article := sources.article(passage.article, passage.doc_id)) is not None:
            # a lead found in one article ("…的情形有三种：", "…有三项：A；"): the items after it,
            # on its lines or after its ；, are that article's
            state["lead_of_list"] = [whole_article]
            state["ingchk_series"] = bool(re.search(r"[；;]$", text.strip()))


