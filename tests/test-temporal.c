/* test-temporal.c: the temporal tagger, one expression at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case is a sentence of our own, a reference date, the words that
 * should be tagged and the TIMEX3 type, value and mod they should get.
 * A case without words says the sentence has no timex at all.
 */
#include "config.h"

#include <string.h>

#include "sw-document.h"
#include "sw-extract.h"
#include "sw-timex.h"

/* news that names years ahead and a few behind is no history: a deadline
 * and "next summer" count from the day of writing */
#define HALIFAX_BID \
  "HALIFAX, Oct. 16, 2025 — The council voted to back a bid.\n\nThe vote allows city staff to submit a formal " \
  "bid by the end of January. The federation is expected to choose a host next summer.\n\nThe cup was last " \
  "held in 2023 in Porto. The next edition will be staged in Casablanca in 2027. No city has hosted the event " \
  "since it was founded in 1998."

typedef struct
{
  const char *text;
  const char *dct;
  const char *span;
  const char *type;
  const char *value;
  const char *mod;
} Case;

#define D "2025-03-18" /* a Tuesday */

static const Case cases[] = {
  /* absolute dates */
  { "The deal was signed on March 18, 2025 in Geneva.", D, "March 18, 2025", "DATE", "2025-03-18", NULL },
  { "The deal was signed on 18 March 2025 in Geneva.", D, "18 March 2025", "DATE", "2025-03-18", NULL },
  { "It was agreed on Tuesday, the 18th of March.", D, "Tuesday, the 18th of March", "DATE", "2025-03-18", NULL },
  { "Voting closes Mar. 18 at most polling stations.", D, "Mar. 18", "DATE", "2025-03-18", NULL },
  { "The filing is dated 2025-03-18 and was made public.", D, "2025-03-18", "DATE", "2025-03-18", NULL },
  { "The filing is dated 3/18/2025 and was made public.", D, "3/18/2025", "DATE", "2025-03-18", NULL },
  { "The filing is dated 18/03/2025 and was made public.", D, "18/03/2025", "DATE", "2025-03-18", NULL },
  { "The filing is dated 03/04/2025 and was made public.", D, "03/04/2025", "DATE", "2025-03-04", NULL },
  { "Rents rose sharply in the 1990s across the city.", D, "the 1990s", "DATE", "199", NULL },
  { "The bridge was built in the 19th century by convicts.", D, "the 19th century", "DATE", "18", NULL },
  { "The bridge was built in the nineteenth century by convicts.", D, "the nineteenth century", "DATE", "18", NULL },
  { "Repairs are planned for mid-March, the council said.", D, "mid-March", "DATE", "2025-03", "MID" },
  { "The law took effect in early 2024 after a long debate.", D, "early 2024", "DATE", "2024", "START" },
  /* the end of a span is not where the story is: the next month without
   * a year belongs to the narrative's year; a clause after "until" is */
  { "In March 1944 the army crossed the river, and the siege lasted until the fall of the city in "
    "February 1945. In mid-June the army took the port.", "2009-12-19", "mid-June", "DATE", "1944-06", "MID" },
  { "Relations deteriorated until in March 1980, Iran recalled its ambassador. The tension increased "
    "in April.", "2009-12-19", "April", "DATE", "1980-04", NULL },
  { "Fighting continued until the agreement was reached in January 1946. Later in the year the truce "
    "collapsed.", "2009-12-19", "Later in the year", "DATE", "1946", NULL },
  /* news with a back story keeps counting from the day it was written:
   * years long past do not make it a history ("in July" after "last
   * month" is this year's July) */
  { "The former mayor was jailed on Wednesday. He was elected in 2012 and ran the harbour from 2015 "
    "to 2019. A raid followed in the spring of 2021, after a whistleblower wrote in February 2021. "
    "Prosecutors told the court last month that he was paid. One of the firms pleaded guilty in July.",
    "2024-10-09", "July", "DATE", "2024-07", NULL },
  /* a count of days no calendar holds is only "before" (found by fuzzing:
   * it overflowed an int, then GLib's date) */
  { "The deal was signed 666666666666666 days ago, she said.", D, "666666666666666 days ago", "DATE", "PAST_REF", NULL },
  /* a weekday counted from a day of year 0, which GLib has no calendar
   * for (found by fuzzing: a critical) */
  { "2rd November 0AD Tuesday", NULL, "Tuesday", "DATE", "XXXX-XX-XX", NULL },
  /* "this day" is the day just told of, "to this day" the present */
  { "On 8 August 1918 the Allies attacked. Ludendorff referred to this day as the Black Day.", "2009-12-19",
    "this day", "DATE", "1918-08-08", NULL },
  { "On 8 August 1918 the Allies attacked. The memorial still stands to this day.", "2009-12-19",
    "this day", "DATE", "PRESENT_REF", NULL },
  /* holidays on a fixed date, with a year or the nearest one the tense allows */
  { "Talks stalled on Christmas Eve 2024 and resumed in January.", D, "Christmas Eve 2024", "DATE", "2024-12-24", NULL },
  { "The victory was predicted for Christmas 1963.", D, "Christmas 1963", "DATE", "1963-12-25", NULL },
  { "Prices fell sharply on New Year's Day, traders said.", D, "New Year's Day", "DATE", "2025-01-01", NULL },
  /* and those whose date moves: a weekday of the month, or from Easter */
  { "Stores will open early after Thanksgiving, the chain said.", "2025-11-20", "Thanksgiving", "DATE", "2025-11-27", NULL },
  { "Stores opened early after Thanksgiving, the chain said.", "2025-12-02", "Thanksgiving", "DATE", "2025-11-27", NULL },
  { "The strike began on Labor Day and lasted a week.", "2025-09-20", "Labor Day", "DATE", "2025-09-01", NULL },
  { "He was sworn in on Memorial Day 2019 at the base.", D, "Memorial Day 2019", "DATE", "2019-05-27", NULL },
  { "The parade was held on Columbus Day.", "2024-10-20", "Columbus Day", "DATE", "2024-10-14", NULL },
  { "Markets were closed for Presidents Day.", "2025-02-20", "Presidents Day", "DATE", "2025-02-17", NULL },
  { "The church was full at Easter 2024, the bishop said.", D, "Easter 2024", "DATE", "2024-03-31", NULL },
  { "Families will gather at Easter, the bishop said.", D, "Easter", "DATE", "2025-04-20", NULL },
  { "The roads were empty on Easter Monday.", "2019-05-01", "Easter Monday", "DATE", "2019-04-22", NULL },
  { "The Easter Rising was put down by the army.", D, NULL, NULL, NULL, NULL },
  { "Easter Island reported no new cases.", D, NULL, NULL, NULL, NULL },
  { "They met on Valentine’s Day to sign the lease.", D, "Valentine’s Day", "DATE", "2025-02-14", NULL },
  { "THE STRIKE ENDED ON CHRISTMAS EVE, THE UNION SAID.", D, "CHRISTMAS EVE", "DATE", "2024-12-24", NULL },
  { "The ferries will not sail on Boxing Day this year.", D, "Boxing Day this year", "DATE", "2025-12-26", NULL },
  /* a part of a named period, not "last week" before the article */
  { "Strikes spread in the last week of October 1918 across the fleet.", D, "the last week of October 1918", "DATE", "1918-10", "END" },
  { "The mill reopened in the first days of 2024, its owners said.", D, "the first days of 2024", "DATE", "2024", "START" },
  { "Inspections resume in the final week of June 2025.", D, "the final week of June 2025", "DATE", "2025-06", "END" },
  { "Profits fell in the third quarter of 2024.", D, "the third quarter of 2024", "DATE", "2024-Q3", NULL },
  { "Sales in the third quarter beat forecasts.", D, "the third quarter", "DATE", "2025-Q3", NULL },
  { "Third-quarter results beat forecasts.", D, "Third-quarter", "DATE", "2025-Q3", NULL },
  /* a quarter without its year: in the past tense the last one begun, in
   * the future the next one not over, else the nearest */
  { "Profits rose in the fourth quarter, the company said.", D, "the fourth quarter", "DATE", "2024-Q4", NULL },
  { "The company expects charges in the first quarter.", D, "the first quarter", "DATE", "2025-Q1", NULL },
  { "The plant will reopen in the fourth quarter.", D, "the fourth quarter", "DATE", "2025-Q4", NULL },
  { "We went there last summer with the children.", D, "last summer", "DATE", "2024-SU", NULL },
  { "The firm expects growth in fiscal 2024 to slow.", D, "fiscal 2024", "DATE", "FY2024", NULL },
  { "Revenue for FY2023 was flat.", D, "FY2023", "DATE", "FY2023", NULL },
  { "The museum opened in 1998 and closed in 2011.", D, "1998", "DATE", "1998", NULL },
  { "The museum opened in 1998 and closed in 2011.", D, "2011", "DATE", "2011", NULL },
  { "Troops arrived in September 2014 and stayed.", D, "September 2014", "DATE", "2014-09", NULL },
  { "Troops arrived in October, 1917 and stayed.", D, "October, 1917", "DATE", "1917-10", NULL },
  { "Troops arrived in September of 1793 and stayed.", D, "September of 1793", "DATE", "1793-09", NULL },
  { "The city fell in 480 BC after a long siege.", D, "480 BC", "DATE", "BC0480", NULL },
  { "The talks ended on June 1st without a deal.", D, "June 1st", "DATE", "2024-06-01", NULL },
  { "The assault began on Saturday, June 24, 1950.", D, "Saturday, June 24, 1950", "DATE", "1950-06-24", NULL },
  { "The vote is set for the end of 2025.", D, "the end of 2025", "DATE", "2025", "END" },
  { "Work resumed at the beginning of October.", D, "the beginning of October", "DATE", "2024-10", "START" },
  { "Snow fell in the middle of August that year.", D, "the middle of August", "DATE", "2024-08", "MID" },
  { "Exports slowed in the first half of 2008.", D, "the first half of 2008", "DATE", "2008-H1", NULL },
  { "Rates were cut in late November, traders said.", D, "late November", "DATE", "2024-11", "END" },
  { "The plan was drafted in the spring of 1963.", D, "the spring of 1963", "DATE", "1963-SP", NULL },
  { "The plan was drafted in summer 2007.", D, "summer 2007", "DATE", "2007-SU", NULL },
  { "Growth slowed in the late 1930s.", D, "the late 1930s", "DATE", "193", "END" },
  { "The war lasted from the mid-1980s onward.", D, "the mid-1980s", "DATE", "198", "MID" },
  { "The forecast covers Q3 2024 only.", D, "Q3 2024", "DATE", "2024-Q3", NULL },
  { "The treaty was signed on 11 November 1918 near the front.", D, "11 November 1918", "DATE", "1918-11-11", NULL },
  { "The ceremony on July 4, 1976 drew crowds.", D, "July 4, 1976", "DATE", "1976-07-04", NULL },
  { "It was first reported on January 9 by the agency.", D, "January 9", "DATE", "2025-01-09", NULL },
  { "It was first reported on 9 January by the agency.", D, "9 January", "DATE", "2025-01-09", NULL },
  { "The talks are scheduled for December 2 in Vienna.", D, "December 2", "DATE", "2025-12-02", NULL },
  { "The talks were held on December 2 in Vienna.", D, "December 2", "DATE", "2024-12-02", NULL },
  { "The talks will take place on December 2 in Vienna.", D, "December 2", "DATE", "2025-12-02", NULL },
  { "THE TALKS WERE HELD ON MARCH 3, 2025 IN RIYADH.", D, "MARCH 3, 2025", "DATE", "2025-03-03", NULL },
  { "the report came out in may and again in March.", D, "March", "DATE", "2025-03", NULL },
  { "Shares fell in the final quarter of 2009.", D, "the final quarter of 2009", "DATE", "2009-Q4", NULL },
  { "The census was held in early June.", D, "early June", "DATE", "2024-06", "START" },
  { "The census was held in mid-2011.", D, "mid-2011", "DATE", "2011", "MID" },
  { "Inflation eased in the 2010s, the report said.", D, "the 2010s", "DATE", "201", NULL },
  { "The abbey dates from the 12th century.", D, "the 12th century", "DATE", "11", NULL },
  { "The truce ran from 1914 to 1918 in theory.", D, "1914", "DATE", "1914", NULL },
  { "The truce ran from 1914 to 1918 in theory.", D, "1918", "DATE", "1918", NULL },
  { "Output rose between 2019 and 2021 in most sectors.", D, "2019", "DATE", "2019", NULL },
  { "Output rose between 2019 and 2021 in most sectors.", D, "2021", "DATE", "2021", NULL },
  { "The festival runs March 3-5 in the old town.", D, "March 3", "DATE", "2025-03-03", NULL },
  { "The festival runs March 3-5 in the old town.", D, "5", "DATE", "2025-03-05", NULL },
  { "The offensive (1939-45) reshaped the region.", D, "1939", "DATE", "1939", NULL },
  { "The offensive (1939-45) reshaped the region.", D, "45", "DATE", "1945", NULL },
  { "The siege lasted from 6-7 January 1916 only.", D, "6", "DATE", "1916-01-06", NULL },
  { "The siege lasted from 6-7 January 1916 only.", D, "7 January 1916", "DATE", "1916-01-07", NULL },
  { "The revolt (499-493 BC) failed.", D, "499", "DATE", "BC0499", NULL },
  { "It was signed on 31 May-1 June 1916 at sea.", D, "31 May", "DATE", "1916-05-31", NULL },
  { "Prices peaked in the second half of the year.", D, "the second half of the year", "DATE", "2025-H2", NULL },

  { "The Nikkei fell to its lowest level since '82.", D, "'82", "DATE", "1982", NULL },
  { "The boxy cars of the '70s came back.", D, "'70s", "DATE", "197", NULL },
  { "The bank and the fund held their Autumn meetings.", "2008-10-13", "Autumn", "DATE", "2008-FA", NULL },

  /* relative dates against the reference date */
  { "The minister resigned today after the vote.", D, "today", "DATE", "2025-03-18", NULL },
  { "The minister resigned yesterday after the vote.", D, "yesterday", "DATE", "2025-03-17", NULL },
  { "The minister will resign tomorrow after the vote.", D, "tomorrow", "DATE", "2025-03-19", NULL },
  { "The band plays tonight at the old theatre.", D, "tonight", "TIME", "2025-03-18TNI", NULL },
  { "The minister spoke on Tuesday about the budget.", D, "Tuesday", "DATE", "2025-03-18", NULL },
  { "The minister spoke on Friday about the budget.", D, "Friday", "DATE", "2025-03-14", NULL },
  { "The minister will speak on Friday about the budget.", D, "Friday", "DATE", "2025-03-21", NULL },
  { "Talks would continue on Sunday in the capital.", D, "Sunday", "DATE", "2025-03-23", NULL },
  { "The envoy said on Sunday that talks had stalled.", D, "Sunday", "DATE", "2025-03-16", NULL },
  { "Rockets were fired late on Tuesday near the border.", D, "late on Tuesday", "DATE", "2025-03-18", "END" },
  { "The index fell sharply last week.", D, "last week", "DATE", "2025-W11", NULL },
  { "The index could rise next month.", D, "next month", "DATE", "2025-04", NULL },
  { "The index rose this week.", D, "this week", "DATE", "2025-W12", NULL },
  { "The index fell sharply last year.", D, "last year", "DATE", "2024", NULL },
  { "The index could rise next year.", D, "next year", "DATE", "2026", NULL },
  { "The index has risen this year.", D, "this year", "DATE", "2025", NULL },
  { "The index fell sharply last month.", D, "last month", "DATE", "2025-02", NULL },
  { "The ship sank two days ago off the coast.", D, "two days ago", "DATE", "2025-03-16", NULL },
  { "The ship sank three weeks ago off the coast.", D, "three weeks ago", "DATE", "2025-02-25", NULL },
  { "The ship sank five years ago off the coast.", D, "five years ago", "DATE", "2020", NULL },
  { "The ship sank a month ago off the coast.", D, "a month ago", "DATE", "2025-02", NULL },
  { "The storm hit on Monday. The following day the roads reopened.", D, "The following day", "DATE", "2025-03-18", NULL },
  { "The storm hit on March 3. The next day the roads reopened.", D, "The next day", "DATE", "2025-03-04", NULL },
  { "The storm hit on March 3. Two days later the roads reopened.", D, "Two days later", "DATE", "2025-03-05", NULL },
  { "The storm hit in 2019. A year earlier the dam had cracked.", D, "A year earlier", "DATE", "2018", NULL },
  { "Ford said on Tuesday that its sales rose in February. Shares fell later in the day.", "2010-03-03", "later in the day", "DATE", "2010-03-02", NULL },
  { "Tension grew in 1978 and 1979. On 22 September 1980 Iraq invaded. The attack in 1980 was a shock. The next day, jets struck.", D, "The next day", "DATE", "1980-09-23", NULL },
  { "The index fell 2.4%, or 251 points, to end the day at 7,114.", "2009-02-23", "the day", "DATE", "2009-02-23", NULL },
  { "On Monday the Nikkei fell to lows not seen since October 1982. For the day, it lost 6.4 percent.", "2008-10-28", "the day", "DATE", "2008-10-27", NULL },
  { "Prices have climbed earlier this year, the bank said.", D, "earlier this year", "DATE", "2025", NULL },
  { "Prices will climb later this month, the bank said.", D, "later this month", "DATE", "2025-03", NULL },
  { "The law was passed in January after months of debate.", D, "January", "DATE", "2025-01", NULL },
  { "The law will be passed in June after more debate.", D, "June", "DATE", "2025-06", NULL },
  { "The law was passed in November after months of debate.", D, "November", "DATE", "2024-11", NULL },
  { "The law was passed last September after a debate.", D, "last September", "DATE", "2024-09", NULL },
  { "The law will pass next March, officials hope.", D, "next March", "DATE", "2026-03", NULL },
  { "The law was passed last Tuesday after a debate.", D, "last Tuesday", "DATE", "2025-03-11", NULL },
  { "The law passes next Tuesday, officials hope.", D, "next Tuesday", "DATE", "2025-03-25", NULL },
  { "Crowds gathered this weekend in the square.", D, "this weekend", "DATE", "2025-W11-WE", NULL },
  { "Crowds gathered over the weekend in the square.", D, "the weekend", "DATE", "2025-W11-WE", NULL },
  { "The vote took place the day before yesterday.", D, "the day before yesterday", "DATE", "2025-03-16", NULL },
  { "We expect a decision the day after tomorrow.", D, "the day after tomorrow", "DATE", "2025-03-20", NULL },
  { "The strike began in 2019 and ended that year.", D, "that year", "DATE", "2019", NULL },
  { "The strike began in 2019 and ended the following year.", D, "the following year", "DATE", "2020", NULL },
  { "Profit rose in 2009, more than the year previous.", D, "the year previous", "DATE", "2008", NULL },
  { "Sales rose 43% in February from the same period last year.", "2010-03-03", "the same period last year", "DATE", "2009-02", NULL },
  { "Sales rose in February from the same period last year. In March they fell.", "2010-03-03", "March", "DATE", "2010-03", NULL },
  { "Sales fell in January from the same month a year ago.", "2009-02-03", "the same month a year ago", "DATE", "2008-01", NULL },
  { "The strike began in 2019; the previous year was calm.", D, "the previous year", "DATE", "2018", NULL },
  { "The strike began on May 2, 2019 and ended the same day.", D, "the same day", "DATE", "2019-05-02", NULL },
  { "The fire started on the 18th, residents said.", D, "the 18th", "DATE", "2025-03-18", NULL },
  { "The vote was in 2019. In March, the result was annulled.", D, "March", "DATE", "2019-03", NULL },
  { "He will visit in the spring of next year.", D, "the spring of next year", "DATE", "2026-SP", NULL },
  { "The budget was cut at the end of the year.", D, "the end of the year", "DATE", "2025", "END" },
  { "Prices rose this spring across the country.", D, "this spring", "DATE", "2025-SP", NULL },
  /* in January a season in the past is last year's, and one no tense
   * places is the nearest */
  { "They hired a second technician in the fall.", "2026-01-09", "the fall", "DATE", "2025-FA", NULL },
  { "The new truck will arrive in the spring.", "2026-01-09", "the spring", "DATE", "2026-SP", NULL },
  { "The fall was busy for the shop.", "2025-11-20", "The fall", "DATE", "2025-FA", NULL },
  { "A vaccine could be ready next summer, scientists said.", D, "next summer", "DATE", "2025-SU", NULL },
  { "The market fell yesterday morning after the news.", D, "yesterday morning", "TIME", "2025-03-17TMO", NULL },
  { "Troops crossed the river on Friday night.", D, "Friday night", "TIME", "2025-03-14TNI", NULL },
  { "Protesters gathered this morning outside parliament.", D, "this morning", "TIME", "2025-03-18TMO", NULL },
  /* told the next day, the night just past; ahead, tonight */
  { "Two drones were shot down overnight, the army said.", D, "overnight", "TIME", "2025-03-17TNI", NULL },
  { "The heaviest bands of rain will move in overnight.", D, "overnight", "TIME", "2025-03-18TNI", NULL },
  { "The minister spoke last night on television.", D, "last night", "TIME", "2025-03-17TNI", NULL },
  { "The law will be passed in March, officials say.", D, "March", "DATE", "2025-03", NULL },
  { "The firm lost money in 2024. The board is due to report in January.", D, "January", "DATE", "2026-01", NULL },
  { "Sales fell in 2024. Talks will resume in February.", D, "February", "DATE", "2026-02", NULL },
  { "Sales fell in 2024. The firm said it would report in January.", D, "January", "DATE", "2024-01", NULL },
  { "Traders said on Friday that prices would recover in January.", "2008-10-10", "January", "DATE", "2009-01", NULL },
  { "Traders said prices would have recovered in January.", "2008-10-10", "January", "DATE", "2008-01", NULL },
  /* a participle before its noun is no verb of the clause */
  { "The council would publish revised proposals in the autumn.", "2024-06-12", "the autumn", "DATE", "2024-FA", NULL },
  { "The council published the revised proposals in the autumn.", "2024-06-12", "the autumn", "DATE", "2023-FA", NULL },
  /* a recent year before the plural it dates; a count before its noun */
  { "The company expects 2025 earnings of $4.10 a share.", "2025-01-29", "2025", "DATE", "2025", NULL },
  { "The army sent 2000 soldiers to the border.", "2025-01-29", NULL, NULL, NULL, NULL },
  /* a relative clause keeps its tense and its year to itself */
  { "Rothwell, who have not won the title since 1998, host Eastgate on 23 November.", "2024-11-09", "23 November", "DATE", "2024-11-23", NULL },
  { "Rothwell, who have not won the title in years, host Eastgate on 23 November.", "2024-11-09", "23 November", "DATE", "2024-11-23", NULL },
  /* a weekend in the past, told on a weekday, is the one before */
  { "The administration spoke with House leaders over the weekend.", "2025-11-18", "the weekend", "DATE", "2025-W46-WE", NULL },
  { "The administration will meet House leaders over the weekend.", "2025-11-18", "the weekend", "DATE", "2025-W47-WE", NULL },
  /* clocks with a point, before am or pm */
  { "The blast happened at 5.40am at the plant.", "2025-09-14", "5.40am", "TIME", "2025-09-14T05:40", NULL },
  { "Police spoke at 12.30 p.m. on Sunday.", "2025-09-14", "12.30 p.m. on Sunday", "TIME", "2025-09-14T12:30", NULL },
  { "Shares rose 5.40 percent.", "2025-09-14", NULL, NULL, NULL, NULL },
  { "The blast happened at about 5:40am at the plant.", "2025-09-14", "about 5:40am", "TIME", "2025-09-14T05:40", "APPROX" },
  /* a present passive is no past */
  { "Rothwell host Eastgate on 23 November in what is already being billed as the game of the season.", "2024-11-09", "23 November", "DATE", "2024-11-23", NULL },
  /* what was done cannot begin after the story was written, whatever
   * the last date told */
  { "A judge halted the sale on Monday. The loan was arranged in March.", "2024-11-19", "March", "DATE", "2024-03", NULL },
  /* a present that recurs or is scheduled is nearer than a past before it */
  { "She would sign a bill if lawmakers sent her one before the session ends in June.", "2025-03-11", "June", "DATE", "2025-06", NULL },
  { "The session runs until Friday.", D, "Friday", "DATE", "2025-03-21", NULL },
  /* a deadline ahead is not where the story is */
  { "It plans to close two plants by the end of 2025. It will report fourth-quarter results in late January.",
    "2024-10-24", "fourth-quarter", "DATE", "2024-Q4", NULL },
  { "Markets are to remain closed until Friday.", D, "Friday", "DATE", "2025-03-21", NULL },
  { "Markets closed until Friday after the crash", D, "Friday", "DATE", "2025-03-21", NULL },
  { "The government has decided to keep markets closed until Friday.", D, "Friday", "DATE", "2025-03-21", NULL },
  { "The markets remained closed until Friday.", D, "Friday", "DATE", "2025-03-14", NULL },
  /* a month no tense places, after the dateline's date, is the nearest */
  { "CASTLEMERE, 14 March 2025 – A man was jailed. Callum Breckinridge, 29, of Pennick Road, Castlemere, "
    "admitted eight counts of fraud by false representation at an earlier hearing in November.",
    "2025-03-14", "November", "DATE", "2024-11", NULL },
  /* bail and custody last until the court's next date */
  { "Two people had been released on bail until April.", D, "April", "DATE", "2025-04", NULL },
  /* what was put off moves to the coming day, or the nearest date */
  { "The trial was adjourned until Friday.", D, "Friday", "DATE", "2025-03-21", NULL },
  { "The vote was delayed until 23 March, officials said.", D, "23 March", "DATE", "2025-03-23", NULL },
  { "The vote was delayed until 12 March, officials said.", "2025-04-02", "12 March", "DATE", "2025-03-12", NULL },
  { "The hearing was postponed to April 3.", D, "April 3", "DATE", "2025-04-03", NULL },
  { "The launch was pushed back to January.", "2025-11-20", "January", "DATE", "2026-01", NULL },
  /* an aside in brackets does not hide the tense before it */
  { "The storm made landfall shortly before 6 a.m. local time (1000 GMT) on Sunday.", "2024-09-19", "Sunday",
    "DATE", "2024-09-15", NULL },
  /* a clock time on the day its sentence gave */
  { "On Sunday, the storm made landfall at 6 a.m.", D, "6 a.m.", "TIME", "2025-03-16T06:00", NULL },
  { "It made its first test flight Tuesday in Everett at 18:00 UTC.", "2009-12-16", "18:00 UTC", "TIME",
    "2009-12-15T18:00Z", NULL },
  /* "through" a day ahead, and "would have" a thing rather than a past */
  { "She said schools would remain closed through Friday.", D, "Friday", "DATE", "2025-03-21", NULL },
  { "The festival ran from Monday through Wednesday.", D, "Wednesday", "DATE", "2025-03-19", NULL },
  { "Talks ran from Thursday to Saturday.", D, "Saturday", "DATE", "2025-03-15", NULL },
  { "The club said the striker would have a scan on Friday.", D, "Friday", "DATE", "2025-03-21", NULL },
  { "Traders said prices would have recovered by Friday.", D, "Friday", "DATE", "2025-03-21", NULL },
  /* a date closing the subject takes the tense of the verb after it */
  { "He added that proceeds from a fundraiser on Saturday would go to her son.", D, "Saturday", "DATE",
    "2025-03-22", NULL },
  { "He said the meeting on Saturday was tense.", D, "Saturday", "DATE", "2025-03-15", NULL },
  /* a year named in passing before does not place a future reported now */
  { "“We promised it last year,” she said.\n\nMany of them would face voters at the local elections in May.",
    D, "May", "DATE", "2025-05", NULL },
  { "In 2019 he said he would retire in May.", D, "May", "DATE", "2019-05", NULL },
  { "Network Rail has cancelled all services north of Preston until Friday morning.", D, "Friday morning",
    "TIME", "2025-03-21TMO", NULL },
  { "Network Rail had cancelled all services until Friday.", D, "Friday", "DATE", "2025-03-14", NULL },
  { "An expected release of August jobs data could lift shares.", "2025-09-04", "August", "DATE", "2025-08", NULL },
  { "THE MINISTER SPOKE ON TUESDAY ABOUT THE BUDGET.", D, "TUESDAY", "DATE", "2025-03-18", NULL },
  { "ROCKETS WERE FIRED LATE ON TUESDAY NEAR THE BORDER.", D, "LATE ON TUESDAY", "DATE", "2025-03-18", "END" },
  { "THE SHIP SANK TWO DAYS AGO OFF THE COAST.", D, "TWO DAYS AGO", "DATE", "2025-03-16", NULL },

  /* no reference date: underspecified, never today */
  { "The minister spoke today about the budget.", NULL, "today", "DATE", "XXXX-XX-XX", NULL },
  { "The minister spoke on March 18 about the budget.", NULL, "March 18", "DATE", "XXXX-03-18", NULL },
  { "The minister spoke on Tuesday about the budget.", NULL, "Tuesday", "DATE", "XXXX-WXX-2", NULL },
  { "The minister spoke last year about the budget.", NULL, "last year", "DATE", "XXXX", NULL },

  /* times */
  { "The polls closed at 3:30 p.m. EST on Tuesday.", D, "3:30 p.m. EST on Tuesday", "TIME", "2025-03-18T15:30-05", NULL },
  { "The polls closed at 3:30 p.m. EST, officials said.", D, "3:30 p.m. EST", "TIME", "2025-03-18T15:30-05", NULL },
  { "The polls closed at noon, officials said.", D, "noon", "TIME", "2025-03-18T12:00", NULL },
  { "The polls closed at midnight, officials said.", D, "midnight", "TIME", "2025-03-18T24:00", NULL },
  { "Trading stopped at 18:00 UTC, the exchange said.", D, "18:00 UTC", "TIME", "2025-03-18T18:00Z", NULL },
  { "Trading stopped at 11 a.m. sharp.", D, "11 a.m.", "TIME", "2025-03-18T11:00", NULL },
  { "Trading stopped at 5:30PM sharp.", D, "5:30PM", "TIME", "2025-03-18T17:30", NULL },
  { "Trading stopped at 12:00 UTC Monday.", D, "12:00 UTC Monday", "TIME", "2025-03-17T12:00Z", NULL },
  { "He spoke at 16:15 UTC, June 1st, in Detroit.", D, "16:15 UTC", "TIME", "2024-06-01T16:15Z", NULL },
  { "He spoke at 16:15 UTC, June 1st, in Detroit.", D, "June 1st", "DATE", "2024-06-01", NULL },
  { "Trading stopped at 0800 GMT.", D, "0800 GMT", "TIME", "2025-03-18T08:00Z", NULL },
  { "Trains stopped at 18.30 GMT, the operator said.", D, "18.30 GMT", "TIME", "2025-03-18T18:30Z", NULL },
  { "Sales rose 9.40 percent, the firm said.", D, NULL, NULL, NULL, NULL },
  { "Trading stopped at 19:00 hrs.", D, "19:00 hrs", "TIME", "2025-03-18T19:00", NULL },
  { "The feed shows 2009-12-19T17:00:00 as its stamp.", D, "2009-12-19T17:00:00", "TIME", "2009-12-19T17:00:00", NULL },
  { "The landing began on May 8 1:00AM local time.", D, "May 8 1:00AM", "TIME", "2024-05-08T01:00", NULL },
  { "The attack came on the morning of April 19, 1775.", D, "the morning of April 19, 1775", "TIME", "1775-04-19TMO", NULL },
  { "The ships left at 9 o'clock, witnesses said.", D, "9 o'clock", "TIME", "2025-03-18T09:00", NULL },

  /* durations */
  { "The talks lasted two hours, aides said.", D, "two hours", "DURATION", "PT2H", NULL },
  { "The talks lasted about two hours, aides said.", D, "about two hours", "DURATION", "PT2H", "APPROX" },
  { "The talks lasted almost two hours, aides said.", D, "almost two hours", "DURATION", "PT2H", "LESS_THAN" },
  { "The talks lasted nearly five months.", D, "nearly five months", "DURATION", "P5M", "LESS_THAN" },
  { "The talks lasted more than 40 days.", D, "more than 40 days", "DURATION", "P40D", "MORE_THAN" },
  { "The talks lasted less than a week.", D, "less than a week", "DURATION", "P1W", "LESS_THAN" },
  { "The talks lasted at least 25 years.", D, "at least 25 years", "DURATION", "P25Y", "EQUAL_OR_MORE" },
  { "The talks lasted some eight years.", D, "some eight years", "DURATION", "P8Y", "APPROX" },
  { "They agreed a 30-day ceasefire on the front.", D, "30-day", "DURATION", "P30D", NULL },
  { "They agreed a two-hour pause on the front.", D, "two-hour", "DURATION", "PT2H", NULL },
  { "They agreed a twelve-year plan for the port.", D, "twelve-year", "DURATION", "P12Y", NULL },
  { "The halt would last for about a month.", D, "about a month", "DURATION", "P1M", "APPROX" },
  { "Strikes will stop for 30 days, the army said.", D, "30 days", "DURATION", "P30D", NULL },
  { "The region has been contested for decades.", D, "decades", "DURATION", "PXDE", NULL },
  { "The region has been contested for years.", D, "years", "DURATION", "PXY", NULL },
  { "He served twenty-five years in the navy.", D, "twenty-five years", "DURATION", "P25Y", NULL },
  { "He served two and a half years in the navy.", D, "two and a half years", "DURATION", "P2.5Y", NULL },
  { "He waited half an hour at the gate.", D, "half an hour", "DURATION", "PT30M", NULL },
  { "He waited several days at the gate.", D, "several days", "DURATION", "PXD", NULL },
  { "He waited a few weeks at the gate.", D, "a few weeks", "DURATION", "PXW", NULL },
  { "He waited many months at the gate.", D, "many months", "DURATION", "PXM", NULL },
  { "The inquiry took 18 months to finish.", D, "18 months", "DURATION", "P18M", NULL },
  { "The inquiry took 90 days to finish.", D, "90 days", "DURATION", "P90D", NULL },
  { "The inquiry took a decade to finish.", D, "a decade", "DURATION", "P10Y", NULL },
  { "Sales grew over the past five trading days.", D, "the past five trading days", "DURATION", "P5D", NULL },
  { "Sales will grow over the next six months.", D, "the next six months", "DURATION", "P6M", NULL },
  { "Sales grew over the past year.", D, "the past year", "DURATION", "P1Y", NULL },
  { "Sales grew in the first two months.", D, "the first two months", "DURATION", "P2M", NULL },
  { "It was a decades-long dispute over water.", D, "decades-long", "DURATION", "PXDE", NULL },
  { "It was a month-long dispute over water.", D, "month-long", "DURATION", "P1M", NULL },
  { "The ceasefire held for 24 hours.", D, "24 hours", "DURATION", "PT24H", NULL },
  { "The ceasefire held for six straight days.", D, "six straight days", "DURATION", "P6D", NULL },
  { "The ceasefire held for two consecutive quarters.", D, "two consecutive quarters", "DURATION", "P2Q", NULL },
  { "THE TALKS LASTED ALMOST TWO HOURS.", D, "ALMOST TWO HOURS", "DURATION", "PT2H", "LESS_THAN" },
  { "The curfew lasts 12 hours each night.", D, "12 hours", "DURATION", "PT12H", NULL },
  { "The blockade lasted over six years.", D, "over six years", "DURATION", "P6Y", "MORE_THAN" },
  { "The blockade lasted for weeks.", D, "weeks", "DURATION", "PXW", NULL },
  { "The process would take between 60 and 90 days.", D, "60", "DURATION", "P60D", NULL },
  { "The process would take between 60 and 90 days.", D, "90 days", "DURATION", "P90D", NULL },
  { "The repairs take twelve to eighteen months.", D, "twelve", "DURATION", "P12M", NULL },
  { "About 10 to 15 years ago the mill closed.", D, "15 years ago", "DATE", "2010", NULL },
  { "The index lost 100 points in just minutes.", D, "minutes", "DURATION", "PTXM", NULL },
  { "Shares hit their highest level in years, traders said.", D, "years", "DURATION", "PXY", NULL },
  { "After days of fighting, the road reopened.", D, "days", "DURATION", "PXD", NULL },
  { "Bridges damaged by years of neglect slowed the convoy.", D, "years", "DURATION", "PXY", NULL },
  { "The plan was \"decades in the making\", he said.", D, "decades", "DURATION", "PXDE", NULL },
  { "They held the line for another seven months.", D, "another seven months", "DURATION", "P7M", NULL },
  { "The fighting continued for two centuries.", D, "two centuries", "DURATION", "P2CE", NULL },

  /* sets */
  { "Inspectors visit every week, the owner said.", D, "every week", "SET", "P1W", NULL },
  /* lengths with "another" and "more", and plurals alone after verbs of
   * taking and lasting */
  { "It will take another decade to finish.", D, "another decade", "DURATION", "P10Y", NULL },
  { "She wants to play ten more years.", D, "ten more years", "DURATION", "P10Y", NULL },
  { "The bid round may last months.", D, "months", "DURATION", "PXM", NULL },
  { "He spent weeks in hospital.", D, "weeks", "DURATION", "PXW", NULL },
  { "It was a matter of months, not years.", D, "years", "DURATION", "PXY", NULL },
  { "Pay another quarter out of your savings.", D, NULL, NULL, NULL, NULL },
  /* a court story recounts recent years, then what "will take place" */
  { "Between January 2021 and March 2023 he made 212 transfers. In 2020 he had been promoted. On 14 February "
    "2022 he moved £40,000. A confiscation hearing will take place in September.", "2025-06-13", "September",
    "DATE", "2025-09", NULL },
  /* a participle after "be" takes the tense of the verb before it */
  { "She said a memorial service would be held in the spring.", "2025-01-14", "the spring", "DATE", "2025-SP", NULL },
  { "Investors await meetings that will be held this weekend.", "2008-10-09", "this weekend", "DATE", "2008-W41-WE",
    NULL },
  { "The summit was held in March.", "2025-06-14", "March", "DATE", "2025-03", NULL },
  /* a part of any day */
  { "Every night the sirens sound over the port.", D, "Every night", "SET", "XXXX-XX-XXTNI", NULL },
  { "She swims every morning before work.", D, "every morning", "SET", "XXXX-XX-XXTMO", NULL },
  { "The shelling is nightly, residents say.", D, "nightly", "SET", "XXXX-XX-XXTNI", NULL },
  { "He cannot make fun of the NBC Nightly News ratings.", D, NULL, NULL, NULL, NULL },
  /* a clock time told in the past takes the day a sentence just before
   * gave */
  { "The fire broke out early Sunday morning, officials said. Crews were called to the building at about 3:15 a.m.",
    D, "about 3:15 a.m.", "TIME", "2025-03-16T03:15", "APPROX" },
  /* "until at least Wednesday" is a deadline, and a state after "remain"
   * no past */
  { "The road will remain closed between the two avenues until at least Wednesday.", D, "Wednesday", "DATE",
    "2025-03-19", NULL },
  /* a state after "stay", and a date that opens a reported clause, take
   * the tense of the clause's own verb; "likely to" looks ahead */
  { "The council said all 31 schools would stay closed on Wednesday.", "2025-12-09", "Wednesday", "DATE",
    "2025-12-10", NULL },
  { "She admitted, however, that this winter would be very tough.", "2025-11-17", "this winter", "DATE",
    "2025-WI", NULL },
  { "She said trusts were likely to declare critical incidents before Christmas.", "2025-11-17", "Christmas", "DATE",
    "2025-12-25", NULL },
  { "Roads remained closed on Wednesday.", "2025-11-17", "Wednesday", "DATE", "2025-11-12", NULL },
  /* "the following spring" after a season the story placed; "These
   * days" before its subject */
  { "In 2014 she watched a skip being filled. Two years later she founded Loopfield. That autumn she won her first "
    "contract. The following spring she hired her first employee.", "2026-03-15", "The following spring", "DATE",
    "2017-SP", NULL },
  { "These days she spends almost as much time in Whitehall as on the workshop floor.", "2026-03-15", "These days",
    "DATE", "PRESENT_REF", NULL },
  /* "this summer" is the season of the year of writing, whatever the
   * tense; "next spring" counts from the day of writing even after a
   * sentence that named another year */
  { "The painter said she planned to return to the island this summer.", "2026-04-09", "this summer", "DATE",
    "2026-SU", NULL },
  { "The ferry was delayed in May 2023. The operator said the new pier would open next spring.", "2025-11-06",
    "next spring", "DATE", "2026-SP", NULL },
  /* in news, years on count from the last year stated, even one in
   * passing that left the story on its day */
  { "LONDON, 23 June 2025 — The singer died on Saturday. He formed the band in 1969. Success was slow in coming. "
    "A decade later, the single reached No. 1.", "2025-06-23", "A decade later", "DATE", "197", NULL },
  { "The firm said on Monday that the first aircraft could be tested in 2010 and in operation three years "
    "afterwards.", "2008-03-01", "three years afterwards", "DATE", "2013", NULL },
  /* "the 1800s" is a century, "the early 2000s" a decade */
  { "Trade grew in the 1800s.", "2025-06-23", "the 1800s", "DATE", "18", NULL },
  { "He had been treated for throat cancer in the early 2000s.", "2025-06-23", "the early 2000s", "DATE", "200",
    "START" },
  /* the small hours after a night told are the next day's */
  { "Rain intensified sharply on Saturday night. The river broke through a flood barrier at 3.40am, according to "
    "the fire service.", "2025-09-14", "3.40am", "TIME", "2025-09-14T03:40", NULL },
  /* a season after "last year" in its sentence, told in the past, is
   * that year's, even after a date ahead ("next month") */
  { "The findings will be presented next month. The study was launched last year, and most patients were "
    "enrolled in the spring.", "2025-05-21", "the spring", "DATE", "2024-SP", NULL },
  /* "spent the morning" and "By early evening" are parts of the story's
   * day, even after a date ahead ("by Tuesday") and one in the past
   * ("July 1997") */
  { "Thousands were evacuated on Sunday. The floods of July 1997 still shape the region. More troops would be "
    "available by Tuesday. In Bystrany, volunteers spent the morning filling sandbags.", "2025-09-14",
    "the morning", "TIME", "2025-09-14TMO", NULL },
  { "Thousands were evacuated on Sunday. By early evening, Kolarova was back at her front gate.", "2025-09-14",
    "early evening", "TIME", "2025-09-14TEV", "START" },
  /* "extended its warning until Monday": the coming Monday, past the
   * verb's object too */
  { "The institute said that it had extended its highest-level flood warning until 6pm on Monday.", "2025-09-14",
    "6pm on Monday", "TIME", "2025-09-15T18:00", NULL },
  /* a past "overnight" after the story's day named as a weekday is the
   * night before it, as it is counted from the day of writing */
  { "Thousands of people were evacuated from towns on Sunday after the swollen river burst its banks overnight.",
    "2025-09-14", "overnight", "TIME", "2025-09-13TNI", NULL },
  /* "the first half" alone is of the year in a story of a business's
   * figures, and of a match otherwise */
  { "Rheinwald reported a 23 percent drop in operating profit for the first half.", "2024-08-08", "the first half",
    "DATE", "2024-H1", NULL },
  { "Rheinwald reported a 23 percent drop in operating profit. \"The first half was about resilience,\" Brenner "
    "said, \"and the second half will be about delivery.\"", "2024-08-08", "the second half", "DATE", "2024-H2",
    NULL },
  { "Smith scored twice in the first half and Jones added a third in the second half.", "2024-08-08", NULL, NULL,
    NULL, NULL },
  /* a part of the day after a twelve-hour clock's day says which half of
   * the day the hour is in */
  { "Talks ran until 11 o'clock Sunday night.", "2024-09-17", "11 o'clock Sunday night", "TIME",
    "2024-09-15T23:00", NULL },
  { "They met at 2 o'clock Monday afternoon.", "2024-09-17", "2 o'clock Monday afternoon", "TIME",
    "2024-09-16T14:00", NULL },
  { "They met at 9 o'clock Monday morning.", "2024-09-17", "9 o'clock Monday morning", "TIME",
    "2024-09-16T09:00", NULL },
  /* what somebody was asked to do comes after the asking; what they were
   * told to do may have been told that day */
  { "The minister had asked the mediator to reconvene talks at 4:30 p.m. Wednesday.", "2024-09-17",
    "4:30 p.m. Wednesday", "TIME", "2024-09-18T16:30", NULL },
  { "Police told residents to leave on Sunday.", "2024-09-17", "Sunday", "DATE", "2024-09-15", NULL },
  /* the day a court fixed for its next step lies ahead of the fixing */
  { "A division bench directed the officer to file a reply within two weeks and listed the matter for hearing on "
    "September 20.", "2024-09-06", "September 20", "DATE", "2024-09-20", NULL },
  { "The judge set the case down for trial on Monday.", "2024-09-06", "Monday", "DATE", "2024-09-09", NULL },
  { "The judge heard the case on Monday.", "2024-09-06", "Monday", "DATE", "2024-09-02", NULL },
  /* a participle between an adjective and its noun is no past: the
   * clause's "will" decides */
  { "The two leading candidates will meet in a final televised debate on Thursday night.", "2024-09-30",
    "Thursday night", "TIME", "2024-10-03TNI", NULL },
  { HALIFAX_BID, "2025-10-16", "the end of January", "DATE", "2026-01", "END" },
  { HALIFAX_BID, "2025-10-16", "next summer", "DATE", "2026-SU", NULL },
  /* a participle joined to one after "be" shares its future; "her plan
   * to" is a noun, not the future of the clause; a present of what is
   * scheduled looks ahead */
  { "The beams will be cast on site and lifted into place from October.", "2024-07-22", "October", "DATE",
    "2024-10", NULL },
  { "The mayor defended her council's plan to close the depot on Wednesday.", "2025-11-06", "Wednesday", "DATE",
    "2025-11-05", NULL },
  { "Her deputy, Tomas Reyes, who takes over in December, praised the staff.", "2024-09-30", "December", "DATE",
    "2024-12", NULL },
  /* a year named in the paragraph before is not this one's: "In 2019 …"
   * then, a new paragraph, "since it stepped up patrols in October" */
  { "In 2019, the two countries came close to a standoff.\n\nFishermen have lost 14 million euros since the navy "
    "began stepping up patrols in October.", "2025-03-19", "October", "DATE", "2024-10", NULL },
  { "In 2019, the two countries came close to a standoff. Talks began in October.", "2025-03-19", "October", "DATE",
    "2019-10", NULL },
  /* Election Day, the Tuesday after the first Monday of November; "a
   * month to go before" it, and "weeks before the country holds
   * elections in May", look ahead */
  { "With just over a month to go before Election Day, the candidates met.", "2024-10-03", "Election Day", "DATE",
    "2024-11-05", NULL },
  { "Diplomats said the seizures, weeks before the republic holds elections in May, were no coincidence.",
    "2025-03-19", "May", "DATE", "2025-05", NULL },
  /* in January this winter began the year before, next winter begins
   * this year */
  { "Refilling storage ahead of next winter must not become a bidding war.", "2025-01-22", "next winter", "DATE",
    "2025-WI", NULL },
  { "This winter has been the coldest in a decade.", "2025-01-22", "This winter", "DATE", "2024-WI", NULL },
  /* "what we need for the second quarter": a present after its pronoun,
   * not the past of "hedged"; "they built" is a past all the same */
  { "We hedged two-thirds of what we need for the second quarter.", "2025-01-22", "the second quarter", "DATE",
    "2025-Q2", NULL },
  { "They built the plant in March.", "2025-01-22", "March", "DATE", "2024-03", NULL },
  /* what is still to come is in the year of writing, whatever year the
   * sentence before named */
  { "Energy cut inflation in the first half of 2024. She expects prices to ease only in the second half of the "
    "year.", "2025-01-22", "the second half of the year", "DATE", "2025-H2", NULL },
  /* a participle's phrase set off by commas has its own tense, looked
   * back over hyphenated words as one; an intention told in the past
   * looks ahead */
  { "The decision, passed 7-4 after a four-hour debate at the council chambers in Waihoro on Tuesday, means the "
    "average household will pay more.", "2024-08-21", "Tuesday", "DATE", "2024-08-20", NULL },
  { "They committed to reopening the crossing at Tarnok, closed since 1994, and to resuming direct flights between "
    "the two capitals in September.", "2025-03-19", "September", "DATE", "2025-09", NULL },
  { "Pulsewave said it planned to bring Pulse Coach to Android devices in April.", "2025-02-19", "April", "DATE",
    "2025-04", NULL },
  { "The museum had planned to open in March.", "2025-02-19", "March", "DATE", "2024-03", NULL },
  { "He added that Turkey was prepared to host a further round of talks in January.", "2023-11-15", "January",
    "DATE", "2024-01", NULL },
  /* a past in the condition of what would happen is that future's; a
   * counterfactual "would have … if … had" stays past */
  { "Cairns said the union would ballot members at the hospital on industrial action short of a strike if managers "
    "did not agree to a staffing review by the end of October.", "2025-09-24", "the end of October", "DATE", "2025-10",
    "END" },
  { "He will resign unless they paid him by Friday.", "2025-09-24", "Friday", "DATE", "2025-09-26", NULL },
  { "She said she would have won if she had started in March.", "2025-09-24", "March", "DATE", "2025-03", NULL },
  /* "the same month of 2019": the story's month in the year named */
  { "Only 58% of patients were seen within four hours in August. The figure was 71% in the same month of 2019.",
    "2025-09-24", "the same month of 2019", "DATE", "2019-08", NULL },
  /* a part of the day after a preposition is the story's day's; "at
   * night" is any night; "the morning session" is no time */
  { "Missiles struck early on Sunday. Rescuers were still searching the rubble by mid-morning.", "2025-05-18",
    "mid-morning", "TIME", "2025-05-18TMO", NULL },
  { "Ireland won at Harare on Sunday. Rain had delayed the start in the morning, and play began late.", "2023-12-11",
    "the morning", "TIME", "2023-12-10TMO", NULL },
  { "The fighters hid in tunnels and moved only at night.", "2023-12-11", "night", "TIME", "XXXX-XX-XXTNI", NULL },
  { "Shares fell in the morning session.", "2023-12-11", NULL, NULL, NULL, NULL },
  /* what happened counts from the last date not still ahead; what will
   * happen, from the date ahead */
  { "The rule, finalized in April 2023, raised the salary level. The first increase had been scheduled to take "
    "effect on Monday, July 1.\n\nA coalition of business groups sued the following month.", "2024-06-27",
    "the following month", "DATE", "2023-05", NULL },
  { "The summit will be held on July 10. The following day, leaders will travel to Rome.", "2024-06-27",
    "The following day", "DATE", "2024-07-11", NULL },
  /* a clock time of what happened, in a sentence of its own, is on the
   * day it happened, not on the day officials said so */
  { "A tornado cut a path across Millbrook on Thursday, killing two people, officials said early Friday. The "
    "tornado touched down at about 4:15 p.m. just west of Highway 67.", "2025-04-04", "about 4:15 p.m.", "TIME",
    "2025-04-03T16:15", "APPROX" },
  /* "could" and "might" say what may yet happen; "could have" looks back */
  { "The weather service warned that another round of severe storms could bring large hail, damaging winds and "
    "flash flooding to much of Arkansas on Sunday.", "2025-04-04", "Sunday", "DATE", "2025-04-06", NULL },
  { "Officials said the bridge might reopen in May.", "2025-04-04", "May", "DATE", "2025-05", NULL },
  { "She could have won in March.", "2025-04-04", "March", "DATE", "2025-03", NULL },
  /* a past clock time near the last one told is on its day, whatever
   * "this morning" came between */
  { "Two men robbed his store shortly after 11pm on Thursday, police said. Mr Lloyd remained in a stable condition "
    "this morning. \"I would urge anyone who was in the area between 10:45pm and 11:30pm to get in touch,\" "
    "Thorne said.", "2023-10-13", "10:45pm", "TIME", "2023-10-12T22:45", NULL },
  /* "from a year earlier" after a quarter is that quarter the year
   * before; after a month, the year before */
  { "Revenue in the fourth quarter of 2025 had risen 164% from a year earlier.", "2026-02-12", "a year earlier",
    "DATE", "2024-Q4", NULL },
  { "Sales in March 2024 were up from a year earlier.", "2026-02-12", "a year earlier", "DATE", "2023", NULL },
  /* a span of hours that passes midnight ends the next day */
  { "The governor ordered a curfew from 10pm to 6am, starting tonight.", "2025-05-18", "6am", "TIME",
    "2025-05-19T06:00", NULL },
  { "The shop is open from 9am to 5pm.", "2025-05-18", "5pm", "TIME", "2025-05-18T17:00", NULL },
  /* "several more months", "a few more days": as "two more years" */
  { "Plants could close if prices stayed high for several more months.", "2025-01-15", "several more months",
    "DURATION", "PXM", NULL },
  { "It took several months.", "2025-01-15", "several months", "DURATION", "PXM", NULL },
  /* a weekday with no tense after a day ahead in its sentence is ahead */
  { "Rovers host Kingsbury Albion in the League Cup next Tuesday before travelling to Northgate Athletic on "
    "Saturday.", "2024-11-10", "Saturday", "DATE", "2024-11-16", NULL },
  /* a day something is called or set "for" lies ahead */
  { "Her federation has called a national strike for Saturday.", "2024-05-17", "Saturday", "DATE", "2024-05-18",
    NULL },
  /* "for the next decade" is how long; "within the next year" when */
  { "Fighting continued for the next year.", "2025-10-08", "the next year", "DURATION", "P1Y", NULL },
  { "Within the next year, it fell.", "2025-10-08", "the next year", "DATE", "2026", NULL },
  /* a plan told in the past perfect was for a day now past */
  { "The launch had originally been scheduled for Monday, but controllers stood down.", "2025-10-08", "Monday",
    "DATE", "2025-10-06", NULL },
  { "The launch is scheduled for Monday.", "2025-10-08", "Monday", "DATE", "2025-10-13", NULL },
  /* "the previous afternoon", as "the next morning" */
  { "Nurses were called at 3am on Monday. The ward had been full since the previous afternoon.", "2025-09-24",
    "the previous afternoon", "TIME", "2025-09-21TAF", NULL },
  /* the period after "7am" ends the sentence */
  { "The commissioner spoke to reporters at 7am. Crews were still at work.", "2025-01-20", "7am", "TIME",
    "2025-01-20T07:00", NULL },
  /* without a year, a holiday whose date moves has no day */
  { "The family always gathers at Thanksgiving.", NULL, "Thanksgiving", "DATE", "XXXX-11-XX", NULL },
  /* a clock time told in the past is not on a day still ahead */
  { "The suspect will appear in court on Monday. In an update at 3pm, police said a second man had been arrested.",
    "2023-10-13", "3pm", "TIME", "2023-10-13T15:00", NULL },
  /* a year said right after a date without one is the date's */
  { "She saw him hurrying away shortly after 11 p.m. on April 19 last year.", D, "11 p.m. on April 19 last year",
    "TIME", "2024-04-19T23:00", NULL },
  { "The terminal will open its doors in January next year.", D, "January next year", "DATE", "2026-01", NULL },
  /* after a preposition a month is no modifier of the noun after it: the
   * verb there does not hide the participle's past */
  { "Inflation eased in January. The stance adopted in December remains appropriate.", D, "December", "DATE",
    "2024-12", NULL },
  /* a set keeps its count: TimeML's "every three months" is P3M */
  { "A joint commission will meet every three months.", D, "every three months", "SET", "P3M", NULL },
  { "The sunspots wax and wane every 11 years.", D, "every 11 years", "SET", "P11Y", NULL },
  { "The bin is emptied every other week.", D, "every other week", "SET", "P2W", NULL },
  { "Families will pay the price every single month.", D, "every single month", "SET", "P1M", NULL },
  { "Inspectors visit three times a year.", D, "three times a year", "SET", "P1Y", NULL },
  { "The report is published annually by the board.", D, "annually", "SET", "P1Y", NULL },
  { "The board meets twice a year in the capital.", D, "twice a year", "SET", "P1Y", NULL },
  { "The paper is printed daily in two cities.", D, "daily", "SET", "P1D", NULL },
  { "The market opens every Monday at dawn.", D, "every Monday", "SET", "XXXX-WXX-1", NULL },
  { "The committee meets three times a month.", D, "three times a month", "SET", "P1M", NULL },
  { "The bulletin appears weekly.", D, "weekly", "SET", "P1W", NULL },
  { "Each day brings new arrivals.", D, "Each day", "SET", "P1D", NULL },
  { "Every summer we break another heat record.", D, "Every summer", "SET", "XXXX-SU", NULL },
  { "The board meets every January in Geneva.", D, "every January", "SET", "XXXX-01", NULL },

  /* vague references */
  { "The company is now worth more than ever.", D, "now", "DATE", "PRESENT_REF", NULL },
  { "The company was recently sold to investors.", D, "recently", "DATE", "PAST_REF", NULL },
  { "The company may be sold in the future.", D, "the future", "DATE", "FUTURE_REF", NULL },
  { "The company is currently for sale.", D, "currently", "DATE", "PRESENT_REF", NULL },
  { "Similar deals have failed in the past.", D, "the past", "DATE", "PAST_REF", NULL },
  { "The rules stay in place for the time being.", D, "the time being", "DATE", "PRESENT_REF", NULL },
  { "Right now the company is worth more than ever.", D, "Right now", "DATE", "PRESENT_REF", NULL },
  { "Fares have risen in recent years.", D, "recent years", "DURATION", "PXY", NULL },
  { "These days the square is quiet.", D, "These days", "DATE", "PRESENT_REF", NULL },

  /* numbers in words and ordinals */
  { "The project ran for twenty-five years in all.", D, "twenty-five years", "DURATION", "P25Y", NULL },
  { "It happened on the 5th, the police said.", D, "the 5th", "DATE", "2025-03-05", NULL },
  { "The twenty-first century began quietly.", D, "The twenty-first century", "DATE", "20", NULL },
  { "The treaty expired after ninety days.", D, "ninety days", "DURATION", "P90D", NULL },

  /* no false alarms */
  { "Russia fired more than 40 drones at the city.", D, NULL, NULL, NULL, NULL },
  { "The fund lost $40 billion in the crash.", D, NULL, NULL, NULL, NULL },
  { "A 7-Eleven store was damaged in the blast.", D, NULL, NULL, NULL, NULL },
  /* "second" as an ordinal before a noun is no length of time */
  { "Giving evidence for a second day, she denied the charges.", D, NULL, NULL, NULL, NULL },
  { "He ran for a second term and lost.", D, NULL, NULL, NULL, NULL },
  { "A second device was found nearby.", D, NULL, NULL, NULL, NULL },
  { "She paused for a second before answering.", D, "a second", "DURATION", "PT1S", NULL },
  /* a duration in two units is one */
  { "The strike lasted an hour and 20 minutes.", D, "an hour and 20 minutes", "DURATION", "PT1H20M", NULL },
  { "He served three years and six months of his sentence.", D, "three years and six months", "DURATION", "P3Y6M", NULL },
  { "The siege lasted a day and six hours.", D, "a day and six hours", "DURATION", "P1DT6H", NULL },
  { "The hearing took 20 minutes and one hour later resumed.", D, "20 minutes", "DURATION", "PT20M", NULL },
  /* "Today" in a name is no date */
  { "Lynch told BBC Radio 4's Today programme that the strike was on.", D, NULL, NULL, NULL, NULL },
  { "She told USA Today that the strike was on.", D, NULL, NULL, NULL, NULL },
  { "She spoke on the Today show.", D, NULL, NULL, NULL, NULL },
  { "The union said Today, the strike goes on.", D, "Today", "DATE", "2025-03-18", NULL },
  { "An F-16 flew low over the town.", D, NULL, NULL, NULL, NULL },
  { "Christmas Island reported no new cases.", D, NULL, NULL, NULL, NULL },
  { "The band played White Christmas as the ships left.", D, NULL, NULL, NULL, NULL },
  { "The home side won 3-1 in front of a full stadium.", D, NULL, NULL, NULL, NULL },
  { "Barra, 51, will lead the company.", D, NULL, NULL, NULL, NULL },
  { "A 51-year-old man was arrested at the scene.", D, NULL, NULL, NULL, NULL },
  { "The boy, who is 12 years old, was unhurt.", D, NULL, NULL, NULL, NULL },
  { "About 1500 troops were sent to the border.", D, NULL, NULL, NULL, NULL },
  { "The rally drew 2000 people to the square.", D, NULL, NULL, NULL, NULL },
  { "Unemployment fell to 4.5 percent in the region.", D, NULL, NULL, NULL, NULL },
  { "May I ask a question, the reporter said.", D, NULL, NULL, NULL, NULL },
  { "They will march on the capital, the leader said.", D, NULL, NULL, NULL, NULL },
  { "He took the first step towards a permanent peace.", D, NULL, NULL, NULL, NULL },
  { "The plan would temporarily halt attacks.", D, NULL, NULL, NULL, NULL },
  { "They agreed to work quickly towards a deal.", D, NULL, NULL, NULL, NULL },
  { "The MH17 inquiry reported its findings.", D, NULL, NULL, NULL, NULL },
  { "Flight 2025 was delayed by fog.", D, NULL, NULL, NULL, NULL },
  { "The score stood at 21-14 at half-time.", D, NULL, NULL, NULL, NULL },
  { "The fall of the city shocked the world.", D, NULL, NULL, NULL, NULL },
  { "A second wave of protests followed.", D, NULL, NULL, NULL, NULL },
  { "Room 1204 was searched by the police.", D, NULL, NULL, NULL, NULL },
  { "He lives at 1600 Pennsylvania Avenue.", D, NULL, NULL, NULL, NULL },
  { "The pre-2008 rules no longer apply.", D, NULL, NULL, NULL, NULL },
  { "They talked about the day of the vote.", D, NULL, NULL, NULL, NULL },
  { "Apple showed its iLife '11 suite.", D, NULL, NULL, NULL, NULL },
  { "The Fed released minutes of its meeting.", D, NULL, NULL, NULL, NULL },
  { "Shares slid in after hours trading.", D, NULL, NULL, NULL, NULL },
  { "Crews finished the day's work early.", D, NULL, NULL, NULL, NULL },
};

static const SwTimex *
find_span (GPtrArray  *timexes,
           const char *text,
           const char *span)
{
  const char *at = strstr (text, span);

  /* the first place the words occur as a whole timex */
  while (at != NULL)
    {
      guint start = at - text;

      for (guint i = 0; i < timexes->len; i++)
        {
          const SwTimex *t = g_ptr_array_index (timexes, i);

          if (t->span.start == start && t->span.end == start + strlen (span))
            return t;
        }
      at = strstr (at + 1, span);
    }
  return NULL;
}

static char *
describe (GPtrArray  *timexes,
          const char *text)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < timexes->len; i++)
    {
      const SwTimex *t = g_ptr_array_index (timexes, i);

      g_string_append_printf (s, " [%.*s]=%s/%s/%s", (int)(t->span.end - t->span.start),
                              text + t->span.start, sw_timex_type_to_string (t->type),
                              t->value, t->mod ? t->mod : "-");
    }
  return g_string_free (s, FALSE);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GPtrArray) timexes = g_ptr_array_new_with_free_func ((GDestroyNotify)sw_timex_free);
  SwTimexOptions options = { c->dct, FALSE };
  g_autofree char *found = NULL;
  const SwTimex *t;

  sw_timex_tag (c->text, strlen (c->text), &options, timexes, NULL);
  found = describe (timexes, c->text);

  /* the tagger reading the words of an already tokenised text finds the
   * same, to the byte */
  {
    g_autoptr(GPtrArray) again = g_ptr_array_new_with_free_func ((GDestroyNotify)sw_timex_free);
    g_autoptr(SwText) words = sw_text_new (c->text, strlen (c->text));
    g_autofree char *found_again = NULL;

    sw_timex_tag_words (words, &options, again, NULL);
    found_again = describe (again, c->text);
    g_assert_cmpstr (found_again, ==, found);
  }

  if (c->span == NULL)
    {
      if (timexes->len != 0)
        g_error ("“%s”: expected no timex, found%s", c->text, found);
      return;
    }

  t = find_span (timexes, c->text, c->span);
  if (t == NULL)
    g_error ("“%s”: no timex “%s”; found%s", c->text, c->span, found);
  g_assert_cmpstr (sw_timex_type_to_string (t->type), ==, c->type);
  g_assert_cmpstr (t->value, ==, c->value);
  g_assert_cmpstr (t->mod, ==, c->mod);

  /* spans never split a word */
  for (guint i = 0; i < timexes->len; i++)
    {
      const SwTimex *x = g_ptr_array_index (timexes, i);

      g_assert_true (x->span.start == 0 || !g_ascii_isalnum (c->text[x->span.start - 1]));
      g_assert_true (!g_ascii_isalnum (c->text[x->span.end]));
    }
}

/* The reference date from the text itself */
static void
test_infer_dateline (void)
{
  const char *text = "Council approves budget\nDecember 10, 2013\nThe council today approved the budget.\n";
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, text, -1);
  g_autoptr(SwExtraction) ex = sw_extract (doc, NULL);
  const SwTimex *today = find_span (ex->timexes, text, "today");

  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_INFERRED);
  g_assert_cmpstr (sw_document_get_dct (doc), ==, "2013-12-10");
  g_assert_nonnull (today);
  g_assert_cmpstr (today->value, ==, "2013-12-10");
}

static void
test_infer_weekday (void)
{
  /* 18 March was a Tuesday in 2014 and 2025; the text names 2022, so 2025 */
  const char *text = "Leaders met on Tuesday, the 18th of March, after a war that began in 2022. "
                     "They will meet again on Sunday.";
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, text, -1);
  g_autoptr(SwExtraction) ex = sw_extract (doc, NULL);
  const SwTimex *sunday = find_span (ex->timexes, text, "Sunday");

  g_assert_cmpstr (sw_document_get_dct (doc), ==, "2025-03-18");
  g_assert_nonnull (sunday);
  g_assert_cmpstr (sunday->value, ==, "2025-03-23");
}

static void
test_option_wins (void)
{
  const char *text = "Leaders met on Tuesday, the 18th of March, after a war that began in 2022.";
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, text, -1);
  g_autoptr(SwExtraction) ex = NULL;

  sw_document_set_dct (doc, "2014-03-20", SW_DCT_SOURCE_OPTION);
  ex = sw_extract (doc, NULL);
  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_OPTION);
  g_assert_cmpstr (sw_document_get_dct (doc), ==, "2014-03-20");
  g_assert_cmpstr (((SwTimex *)g_ptr_array_index (ex->timexes, 0))->value, ==, "2014-03-18");
}

static void
test_no_dct (void)
{
  const char *text = "Officials said the talks would resume tomorrow.";
  g_autoptr(SwDocument) doc = sw_document_new_from_text (NULL, text, -1);
  g_autoptr(SwExtraction) ex = sw_extract (doc, NULL);

  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_NONE);
  g_assert_cmpuint (ex->timexes->len, ==, 1);
  g_assert_cmpstr (((SwTimex *)g_ptr_array_index (ex->timexes, 0))->value, ==, "XXXX-XX-XX");
}

/* The shared seed article, when ../shared is there */
static void
test_seed_article (void)
{
  const char *shared = g_getenv ("SAYWHEN_SHARED");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SwDocument) doc = NULL;
  g_autoptr(SwExtraction) ex = NULL;
  g_autoptr(GError) error = NULL;

  if (shared == NULL || !g_file_test (shared, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("SAYWHEN_SHARED is not set or missing: the seed article is not here");
      return;
    }
  path = g_build_filename (shared, "corpus", "seed", "ceasefire-call.txt", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the seed article is not in SAYWHEN_SHARED");
      return;
    }
  file = g_file_new_for_path (path);
  doc = sw_document_load (file, NULL, &error);
  g_assert_no_error (error);
  ex = sw_extract (doc, NULL);
  g_assert_cmpstr (sw_document_get_dct (doc), ==, "2025-03-18");
  g_assert_cmpint (sw_document_get_dct_source (doc), ==, SW_DCT_SOURCE_INFERRED);
  g_assert_cmpuint (ex->timexes->len, >=, 14);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/temporal/case/%03u", i);

      g_test_add_data_func (name, &cases[i], test_case);
    }
  g_test_add_func ("/temporal/dct/dateline", test_infer_dateline);
  g_test_add_func ("/temporal/dct/weekday", test_infer_weekday);
  g_test_add_func ("/temporal/dct/option-wins", test_option_wins);
  g_test_add_func ("/temporal/dct/none", test_no_dct);
  g_test_add_func ("/temporal/seed", test_seed_article);

  return g_test_run ();
}
