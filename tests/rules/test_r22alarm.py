"""Right sentences of round 22 (and 21) the checker flagged, read by construction (branch r22alarm),
each tested both ways in sentences of our own:

- a count of the run an article heads with a noun (rules/checking/headed_list.py);
- a count set after its list without brackets (apposed_count.py);
- a count that is 把's object (announced.py);
- the text as a whole denying the question's proposition, or its word (echoed_answer.py);
- a document named only by a title another source cites (elsewhere.py); 论文说 before it (checker);
- 它 for the asked document under its glossed title, as a possessor or a cited object
  (question_antecedent.py); 都 over articles after a clause, or each with a gloss (each_article.py);
- a cut article's last words quoted where the text breaks off (quoted_cut.py);
- a quoted wording denied, 某 a blank (denied_wording.py); a figure beside a cut (cut_beside.py);
- two groups in step restated (parallel_groups.py)."""
from __future__ import annotations

from tests.rules.checking import both_ways


def test_a_count_of_the_run_the_article_heads_with_its_noun():
    both_ways("初步问责依据什么原则？",
              "第十三条列了四个原则：严格要求、实事求是、权责一致和惩教结合。",
              "第十三条列了五个原则：严格要求、实事求是、权责一致和惩教结合。")
    both_ways("初步问责依据什么原则？",
              "第十三条列了四个原则：严格要求、实事求是、权责一致和惩教结合。",
              "第十三条列了四个原则：严格要求、实事求是、公开公正和惩教结合。")
    both_ways("初步问责依据什么原则？",
              "第十三条提出四个原则：严格要求、实事求是、权责一致、惩教结合。",
              "第十三条提出三个原则：严格要求、实事求是、权责一致。")


def test_a_count_after_its_list_without_brackets():
    both_ways("哪两级事故由市委市政府作初步问责决定？", "特别重大、重大两个级别。", "特别重大、重大三个级别。")
    both_ways("市里作初步问责决定的是哪几级事故？", "特别重大和重大两个级别。", "特别重大和重大三个级别。")


def test_a_count_that_is_the_object_of_ba():
    right = ("第十三条第（一）项把四类人放在一起：\n- 区党政领导分管副职：免职\n- 区有关职能部门领导分管副职：免职\n"
             "- 街道党政领导正职：免职\n- 街道党政领导分管副职：免职")
    both_ways("特别重大事故里哪些人免职？", right, right.replace("把四类人", "把五类人"))
    both_ways("特别重大事故里哪些人免职？", right, right.replace("街道党政领导分管副职：免职", "街道党政领导分管副职：停职检查"))


def test_the_text_as_a_whole_says_no():
    both_ways("违反党风廉政建设责任制的也按第十条处理吗？",
              "文本里没有这么规定。第十条只针对第五、六、七、九条的情形。",
              "文本里没有这么规定。第十条只针对第五、六、七、八条的情形。")
    both_ways("一般事故有没有“初步问责决定”？",
              "条文里没有用这个说法。“初步问责决定”只出现在第十三条和第十四条。",
              "条文里没有用这个说法。“初步问责决定”只出现在第十三条和第十六条。")


def test_a_document_named_by_a_title_the_paper_cites():
    q = "深圳的行政过错责任追究办法改过吗？"
    right = "改过。过错情形由63种增加到108种，还引入了训诫、降职、辞退等组织手段。"
    both_ways(q, right, right.replace("108种", "109种"))
    both_ways(q, right, right.replace("辞退", "撤职"))


def test_the_paper_said_to_say_it():
    q = "行政首长问责暂行办法怎么问责？"
    both_ways(q, "论文说，《深圳市政府部门行政首长问责暂行办法》对6类35种情形，采取诫勉谈话、责令整改等方式问责部门行政首长。",
              "论文说，《深圳市政府部门行政首长问责暂行办法》对6类36种情形，采取诫勉谈话、责令整改等方式问责部门行政首长。")


def test_it_for_the_asked_document_under_its_title():
    q = "中办发[2009]25号是哪份文件？"
    right = ("就是《关于实行党政领导干部问责的暂行规定》。这份文件本身没有收录在现有文本里，第十一条、第十五条、第十七条都引用了它，"
             "但具体内容（包括它的第八条、第九条）文本中看不到。")
    both_ways(q, right, right.replace("第十一条、第十五条", "第十一条、第十二条"))
    both_ways(q, right, right.replace("它的第八条", "它的第七条"))


def test_articles_each_with_a_gloss_under_dou():
    q = "中办发[2009]25号是哪份文件？"
    both_ways(q, "后面第十五条（进一步问责）、第十七条（从重从轻情节）也都引用它。",
              "后面第十二条（问责组）、第十七条（从重从轻情节）也都引用它。")


def test_a_cut_articles_last_words_quoted():
    both_ways("第十八条一共列了几种不予问责的情形？",
              "说不准。文本到“党政领导干部有下列情形之一的，不予问责：”就断了，后面几项都看不到。",
              "说不准。文本到“党政领导干部有下列情形之一的”就断了，后面几项都看不到。")


def test_a_denied_wording_with_a_blank():
    both_ways("这个规定哪天生效？", "条文只到第十八条开头，没有“自某年某月某日起施行”的表述。",
              "条文只到第十八条开头，没有“应在某小时内召开现场会”的表述。")


def test_a_figure_beside_a_cut():
    both_ways("这个规定哪天生效？", "现有文本到第十八条开头就断了，只在标题下标着2009-12-15这个日期。",
              "现有文本到第十八条开头就断了，只在标题下标着2009-12-25这个日期。")


def test_two_groups_in_step_restated():
    both_ways("问责组跟调查组是什么关系？",
              "第十二条说事故问责组“与事故调查组同步开展问责调查工作”，二者是同步的两个组。",
              "第十二条说事故问责组“与事故调查组同步开展问责调查工作”，二者是同一个组。")
