"""Chinese translations of the strings for runs that break with NaN and for the best and last
adapters (Monitor, warnings, main window, Test screen, help):
(Qt context, English source) -> (Simplified, Traditional).

`python resources/translations/update.py` fills them into the .ts files (see its README).
"""

from __future__ import annotations

T: dict[tuple[str, str], tuple[str, str]] = {
    ("MonitorView", "Resume with learning rate {0}"): ("以学习率 {0} 继续训练", "以學習率 {0} 繼續訓練"),
    (
        "MonitorView",
        "Resume from the checkpoint at step {0}, the last one saved before the values broke, with "
        "this lower learning rate written to the run's settings.",
    ): (
        "从第 {0} 步的检查点（数值出错前保存的最后一个）继续训练，并把这个更低的学习率写入运行的设置。",
        "從第 {0} 步的檢查點（數值出錯前儲存的最後一個）繼續訓練，並把這個更低的學習率寫入執行的設定。",
    ),
    ("Warnings", "A value became NaN or infinite"): ("有数值变成了 NaN 或无穷大", "有數值變成了 NaN 或無窮大"),
    (
        "Warnings",
        "The run was stopped at that step and nothing broken was saved. The detail says which value "
        "broke and the likely cause. Resume from the last good checkpoint with a lower learning rate, or "
        "set the compute dtype to fp32 if the run used fp16.",
    ): (
        "运行已在那一步停止，没有保存任何出错的内容。详细信息说明了哪个数值出错以及可能的原因。请以更低的学习率从最后一个正常的检查点"
        "继续训练；如果运行用的是 fp16，也可以把计算精度设为 fp32。",
        "執行已在那一步停止，沒有儲存任何出錯的內容。詳細資訊說明了哪個數值出錯以及可能的原因。請以更低的學習率從最後一個正常的檢查點"
        "繼續訓練；如果執行用的是 fp16，也可以把計算精度設為 fp32。",
    ),
    ("MainWindow", "Could not resume"): ("无法继续训练", "無法繼續訓練"),
    ("MainWindow", "Resuming with learning rate {0} (it was {1})"): (
        "以学习率 {0} 继续训练（原为 {1}）",
        "以學習率 {0} 繼續訓練（原為 {1}）",
    ),
    ("MainWindow", "Nothing to resume: this run already reached its last step, and nothing was changed."): (
        "无需继续：这次运行已经到达最后一步，没有做任何更改。",
        "無需繼續：這次執行已經到達最後一步，沒有做任何變更。",
    ),
    ("Help", "When a value becomes NaN"): ("当数值变成 NaN 时", "當數值變成 NaN 時"),
    (
        "Help",
        "If the loss, the gradient norm or the validation loss becomes NaN or infinite, the run stops at "
        "that step as failed and saves nothing broken; the message says which value, why it is likely "
        "(fp16 on cards without bf16, a high learning rate, a model known to overflow) and what to try. "
        "Resume with learning rate X continues from the last good checkpoint at half the rate.",
    ): (
        "如果损失、梯度范数或验证损失变成 NaN 或无穷大，运行会在那一步以失败结束，不保存任何出错的内容；消息会说明是哪个数值、"
        "可能的原因（不支持 bf16 的显卡上用 fp16、学习率过高、已知会溢出的模型）以及可以尝试的办法。"
        "“以学习率 X 继续训练”会以一半的学习率从最后一个正常的检查点继续。",
        "如果損失、梯度範數或驗證損失變成 NaN 或無窮大，執行會在那一步以失敗結束，不儲存任何出錯的內容；訊息會說明是哪個數值、"
        "可能的原因（不支援 bf16 的顯示卡上用 fp16、學習率過高、已知會溢位的模型）以及可以嘗試的辦法。"
        "「以學習率 X 繼續訓練」會以一半的學習率從最後一個正常的檢查點繼續。",
    ),
    ("Help", "Best and last"): ("最佳与最后", "最佳與最後"),
    (
        "Help",
        "Last is what the run ended with. Best is the checkpoint with the lowest validation loss; it is kept "
        "however many older checkpoints are deleted. After early stopping the best comes first in the Test "
        "screen. Stopping a run, by you or by a stop setting, saves a checkpoint at that step.",
    ): (
        "“最后”是运行结束时的适配器。“最佳”是验证损失最低的检查点；无论删除多少旧检查点，它都会保留。提前停止后，"
        "测试页面会先选中最佳的那个。停止运行（无论是你手动停止还是停止设置触发）都会在那一步保存一个检查点。",
        "「最後」是執行結束時的適配器。「最佳」是驗證損失最低的檢查點；無論刪除多少舊檢查點，它都會保留。提前停止後，"
        "測試頁面會先選中最佳的那個。停止執行（無論是你手動停止還是停止設定觸發）都會在那一步儲存一個檢查點。",
    ),
}
