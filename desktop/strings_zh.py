"""Chinese translations of strings added to the main window and Monitor screen after their
first translation pass: (Qt context, English source) -> (Simplified, Traditional).

`python resources/translations/update.py` fills them into the .ts files (see its README).
"""

from __future__ import annotations

T: dict[tuple[str, str], tuple[str, str]] = {
    ("MonitorView", "Retry with smaller settings"): ("用更小的设置重试", "用更小的設定重試"),
    (
        "MonitorView",
        "Start a new run with the next smaller settings the planner proposes (a smaller micro batch first).",
    ): (
        "按规划器建议的下一档更小设置开始新的运行（先减小微批次）。",
        "依規劃器建議的下一檔更小設定開始新的執行（先減小微批次）。",
    ),
    ("MainWindow", "Could not retry"): ("无法重试", "無法重試"),
    ("MainWindow", "Nothing left to make smaller"): ("已无法再缩小", "已無法再縮小"),
    (
        "MainWindow",
        "These settings are already the smallest the planner knows. Choose a smaller model or a shorter cutoff length.",
    ): (
        "这些设置已是规划器能给出的最小值。请选择更小的模型或更短的截断长度。",
        "這些設定已是規劃器能給出的最小值。請選擇更小的模型或更短的截斷長度。",
    ),
    ("MainWindow", "Training stopped because of a bug"): ("训练因程序缺陷而停止", "訓練因程式缺陷而停止"),
    (
        "MainWindow",
        "{0}\n\nThis is a bug in Lorasmith, not in your data or settings. Please send {1} with a "
        "report; the last checkpoint, if any, can be resumed from the Runs screen.",
    ): (
        "{0}\n\n这是 Lorasmith 的程序缺陷，不是你的数据或设置的问题。请在报告中附上 {1}；如果有最近的检查点，"
        "可以在“运行记录”页面继续训练。",
        "{0}\n\n這是 Lorasmith 的程式缺陷，不是你的資料或設定的問題。請在回報中附上 {1}；如果有最近的檢查點，"
        "可以在「執行記錄」頁面繼續訓練。",
    ),
    ("App", "Something went wrong"): ("出现了问题", "發生了問題"),
    (
        "App",
        "Lorasmith hit an error it did not expect. A training run in progress goes on. The details are in "
        "{0}; open it?",
    ): (
        "Lorasmith 遇到了意外错误。正在进行的训练不受影响。详细信息在 {0}；要打开吗？",
        "Lorasmith 遇到了意外錯誤。正在進行的訓練不受影響。詳細資訊在 {0}；要開啟嗎？",
    ),
    ("Warnings", "Out of memory"): ("内存不足", "記憶體不足"),
    (
        "RunConfig",
        "Pack several short examples into one sequence (each still attends only to itself). Removes "
        "all padding, but on the CPU it is slower than the default (batches of similar length).",
    ): (
        "把多个短示例打包进一个序列（每个示例仍只关注自身）。可完全去掉填充，但在 CPU 上比默认方式（长度相近的批次）更慢。",
        "把多個短範例打包進一個序列（每個範例仍只關注自身）。可完全去掉填充，但在 CPU 上比預設方式（長度相近的批次）更慢。",
    ),
}
