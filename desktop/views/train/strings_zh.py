"""Chinese translations of Train screen settings added since the .ts files were last filled by hand:
(Qt context, English source) -> (Simplified, Traditional), exactly as lupdate records them.

`python resources/translations/update.py` fills them into the .ts files. Traditional uses
Taiwan terms, as the rest of the app does.
"""

from __future__ import annotations

T: dict[tuple[str, str], tuple[str, str]] = {
    ("Settings", "Lean loss"): ("精简损失计算", "精簡損失計算"),
    (
        "RunConfig",
        "Compute the loss a few tokens at a time and only where the text is trained, instead of scoring "
        "every token against the whole vocabulary at once: far less VRAM, the same result. Off only to "
        "compare.",
    ): (
        "每次只对少量 token 计算损失，而且只计算要训练的文本，而不是一次把每个 token 与整个词表比较："
        "VRAM 大幅减少，结果相同。只在对比时关闭。",
        "每次只對少量 token 計算損失，而且只計算要訓練的文字，而不是一次把每個 token 與整個詞表比較："
        "VRAM 大幅減少，結果相同。只在比較時關閉。",
    ),
}
