from .formats import OtherFormats
from .reports import ArrangementsPage, ReportChapterPage, ScrutinyPage, YearlyReportPage

__all__ = ["ArrangementsPage", "OtherFormats", "ReportChapterPage", "ScrutinyPage", "YearlyReportPage"]
