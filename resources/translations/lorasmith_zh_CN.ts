<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="37"/>
        <source>Alpaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="37"/>
        <source>ShareGPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="37"/>
        <source>OpenAI chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="38"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="38"/>
        <source>Raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="38"/>
        <source>Custom keys (needs a format file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="95"/>
        <source>How the rows are read. Lorasmith detects it; change it if the guess is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="100"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="101"/>
        <source>Longest example in tokens; longer ones are cut. The same setting as on the Train screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="108"/>
        <source>Stop reading this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="116"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="119"/>
        <source>Cutoff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="172"/>
        <source>How each row becomes training text: the model&apos;s chat template, one of our format files, or your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="174"/>
        <source>Train on the prompt too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="175"/>
        <source>Also train on the user&apos;s side of each example, not just the answers. Usually off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="179"/>
        <source>Choose model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="180"/>
        <source>The base model whose tokenizer counts the tokens and whose chat template formats conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="187"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="199"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="200"/>
        <source>Format file</source>
        <translation type="unfinished">格式文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="201"/>
        <source>Token lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="242"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="243"/>
        <source>Open a dataset file or a folder of .txt files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="244"/>
        <source>Save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="245"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="246"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="247"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="248"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="249"/>
        <source>Add an empty row below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="250"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="251"/>
        <source>Duplicate the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="252"/>
        <source>Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="252"/>
        <source>Delete the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="253"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="254"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="261"/>
        <source>Delete the selected rows (Delete key in the table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisMixin</name>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="35"/>
        <source>Automatic: the model&apos;s chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="36"/>
        <source>Conversations use the model&apos;s own chat template. Alpaca rows use our Alpaca format when the model has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="39"/>
        <source>Format file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="41"/>
        <source>Chat template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="43"/>
        <source>Your format file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="44"/>
        <source>Format being edited (Format file tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="45"/>
        <source>Choose a format file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="53"/>
        <source>Loading the tokenizer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="54"/>
        <source>No model chosen: token counts are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="59"/>
        <source>Choose the base model&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="70"/>
        <source>Tokens counted with the tokenizer of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="73"/>
        <source>No token counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="116"/>
        <source>Choose a format file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="117"/>
        <source>Format files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="164"/>
        <source>Select a row to see it as it will be trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="185"/>
        <source>Fix the errors above to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="199"/>
        <source>this row gives no training text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="228"/>
        <source>The rows changed. Click Measure to count the tokens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="237"/>
        <source>Raw text needs a .txt file or a folder of .txt files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_analysis.py" line="259"/>
        <source>Choose a model to measure token lengths.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="315"/>
        <source>Automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="316"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="326"/>
        <source>Drop a dataset here, or click Open.

Lorasmith reads JSON, JSON Lines, CSV, Parquet and plain text (.txt) files, and folders of .txt files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="328"/>
        <source>No dataset open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="330"/>
        <location filename="../../desktop/views/dataset_view.py" line="405"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_view.py" line="364"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_view.py" line="366"/>
        <source>Reading… %n row(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="405"/>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="434"/>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_view.py" line="444"/>
        <source>Duplicate %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="478"/>
        <source>Save the dataset as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="479"/>
        <source>JSON Lines (*.jsonl);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="492"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="492"/>
        <source>%1 could not be written: %2. Check that the folder exists and the file is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="501"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="503"/>
        <source>The original is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="518"/>
        <source>the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="520"/>
        <source>the format file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="521"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="522"/>
        <source>Save your changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="522"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_view.py" line="524"/>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/views/dataset_find.py" line="63"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_find.py" line="66"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_find.py" line="67"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_find.py" line="69"/>
        <source>Look in one column or in all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_find.py" line="70"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_find.py" line="71"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_find.py" line="72"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_find.py" line="73"/>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_find.py" line="78"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_find.py" line="135"/>
        <source>All columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_find.py" line="180"/>
        <location filename="../../desktop/views/dataset_find.py" line="225"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_find.py" line="223"/>
        <source>Replace %n occurrence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_find.py" line="225"/>
        <source>Replaced %n occurrence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatEditor</name>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="32"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="33"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="34"/>
        <source>Save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="35"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="95"/>
        <source>Cannot open the format file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="96"/>
        <source>%1 cannot be read (%2). Save it as UTF-8 text and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="110"/>
        <source>Editing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="111"/>
        <source>A new format file (not saved yet). Keys are sets of column names, values are templates with %column% where each value goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="123"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="123"/>
        <source>%1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="133"/>
        <source>Open a format file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="134"/>
        <location filename="../../desktop/views/dataset_format_editor.py" line="140"/>
        <source>Format files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="139"/>
        <source>Save the format file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="151"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="152"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="152"/>
        <source>Warning</source>
        <translation type="unfinished">警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_format_editor.py" line="158"/>
        <source>%n error(s): rows cannot use this format until they are fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_format_editor.py" line="162"/>
        <source>The format is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_format_editor.py" line="163"/>
        <source>%n warning(s) below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/help.py" line="21"/>
        <source>What Lorasmith does</source>
        <translation>Lorasmith 能做什么</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="22"/>
        <source>It teaches an open language model your examples by training a small add-on, a LoRA adapter, on your own graphics card. The base model stays as it is; the adapter is a small file you can use with it or merge into it.</source>
        <translation>它在你自己的显卡上训练一个小小的附加部件——LoRA 适配器，让开源语言模型学会你的示例。基础模型保持不变；适配器是一个小文件，可以与基础模型一起使用，也可以合并进去。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="25"/>
        <source>1. Models</source>
        <translation>1. 模型</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="26"/>
        <source>Choose the base model to fine-tune. The bundled demo model is tiny and trains on any computer, so you can try everything first.</source>
        <translation>选择要微调的基础模型。自带的演示模型非常小，在任何电脑上都能训练，可以先用它把所有功能试一遍。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="28"/>
        <source>2. Dataset</source>
        <translation>2. 数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="29"/>
        <source>Open or drop your examples (JSON, JSONL, CSV, Parquet or text). The preview shows each example exactly as it will be trained: the coloured parts are what the model learns to write.</source>
        <translation>打开或拖入你的示例（JSON、JSONL、CSV、Parquet 或文本）。预览会按训练时的样子显示每个示例：带颜色的部分就是模型要学着写出的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="31"/>
        <source>3. Train</source>
        <translation>3. 训练</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="32"/>
        <source>The main settings are at the top, each explained under it; the rest are under Advanced. Point at any setting to read what it does. Press Start training (F5).</source>
        <translation>主要设置在最上方，每项下面都有说明；其余设置在“高级”里。把鼠标指向任一设置即可查看它的作用。然后点“开始训练”（F5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="34"/>
        <source>4. Monitor</source>
        <translation>4. 监控</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="35"/>
        <source>Watch the loss fall. The training loss should go down; the validation loss (on examples the model does not learn from) should go down too. When validation loss rises while training loss keeps falling, the model is memorising: stop, or train for fewer epochs next time. Warnings appear on the curve and in the list beside it, with what to do. Stop saves the adapter so far.</source>
        <translation>观察损失下降。训练损失应当下降；验证损失（在模型不学习的示例上计算）也应当下降。如果验证损失上升而训练损失仍在下降，说明模型在死记硬背：请停止训练，或下次减少训练轮数。警告会标在曲线上并列在旁边，附有处理建议。“停止”会保存到目前为止的适配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="39"/>
        <source>5. Test</source>
        <translation>5. 测试</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="40"/>
        <source>Ask the model questions with and without your adapter to see what it learned, then export it.</source>
        <translation>分别在使用和不使用适配器的情况下向模型提问，看看它学到了什么，然后导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="41"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="42"/>
        <source>Every run keeps its settings, curves, checkpoints and adapter in its own folder. Open a run to see its curves again, select two to compare them, resume a stopped run, or copy its settings.</source>
        <translation>每次运行都把设置、曲线、检查点和适配器保存在自己的文件夹里。打开一次运行可重新查看曲线；选中两次运行可对比；已停止的运行可以继续训练，也可以复制它的设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="44"/>
        <source>Keyboard</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="45"/>
        <source>Ctrl+1 to Ctrl+6: screens · F5: start training · Shift+F5: stop · Ctrl+O: open · Ctrl+S: save · F1: this help · Ctrl+Q: quit</source>
        <translation>Ctrl+1 至 Ctrl+6：切换页面 · F5：开始训练 · Shift+F5：停止 · Ctrl+O：打开 · Ctrl+S：保存 · F1：本帮助 · Ctrl+Q：退出</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="49"/>
        <source>Lorasmith help</source>
        <translation>Lorasmith 帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="54"/>
        <source>Fine-tune an open language model with a 4-bit LoRA on your own GPU, without writing code.</source>
        <translation>在你自己的 GPU 上用 4-bit LoRA 微调开源语言模型，无需编写代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="56"/>
        <source>Licensed under the Apache License 2.0. Built with Qt (PySide6, LGPL), pyqtgraph, PyTorch, Hugging Face Transformers and PEFT, and bitsandbytes.</source>
        <translation>以 Apache License 2.0 授权。基于 Qt（PySide6，LGPL）、pyqtgraph、PyTorch、Hugging Face Transformers 与 PEFT，以及 bitsandbytes 构建。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/help.py" line="64"/>
        <source>Lorasmith help</source>
        <translation>Lorasmith 帮助</translation>
    </message>
</context>
<context>
    <name>LengthHistogram</name>
    <message>
        <location filename="../../desktop/views/dataset_histogram.py" line="36"/>
        <location filename="../../desktop/views/dataset_histogram.py" line="133"/>
        <source>tokens per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_histogram.py" line="37"/>
        <location filename="../../desktop/views/dataset_histogram.py" line="97"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_histogram.py" line="38"/>
        <source>Measure token lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_histogram.py" line="39"/>
        <source>Count the tokens of every row with the chosen model&apos;s tokenizer. Large datasets take a while; you can keep working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_histogram.py" line="58"/>
        <source>Open a dataset to see how long its rows are in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_histogram.py" line="88"/>
        <source>Median %1 tokens, 95% of %2 at or under %3, longest %4. Cutoff: %5 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_histogram.py" line="97"/>
        <source>chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_histogram.py" line="105"/>
        <source>%n chunk(s) (%1) will be truncated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_histogram.py" line="106"/>
        <source>%n row(s) (%1) will be truncated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_histogram.py" line="126"/>
        <source>cutoff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_histogram.py" line="132"/>
        <source>tokens per chunk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingMixin</name>
    <message>
        <location filename="../../desktop/views/dataset_loading.py" line="70"/>
        <source>Open a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_loading.py" line="71"/>
        <source>Datasets (*.json *.jsonl *.ndjson *.csv *.tsv *.parquet *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_loading.py" line="88"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_loading.py" line="98"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_loading.py" line="140"/>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_loading.py" line="177"/>
        <source>%n row(s) read; checking them…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_loading.py" line="195"/>
        <source>%n character(s) of text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_loading.py" line="206"/>
        <source>Click Measure to count the tokens of every chunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_loading.py" line="219"/>
        <source>This dataset has %n row(s). Click Measure to count the tokens of every row.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_loading.py" line="236"/>
        <source>This file cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="51"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="52"/>
        <source>Find, download and choose a base model. This screen is coming; for now choose a model folder in the Train screen (the bundled demo model is chosen for you).</source>
        <translation>查找、下载并选择基础模型。此页面即将推出；目前请在“训练”页面选择模型文件夹（已默认选好自带的演示模型）。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="55"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="57"/>
        <source>Open or drop your dataset here to see it as it will be trained. This screen is coming; for now choose the dataset file in the Train screen.</source>
        <translation>在这里打开或拖入数据集，按训练时的样子查看。此页面即将推出；目前请在“训练”页面选择数据集文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="60"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="61"/>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="63"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="64"/>
        <source>Chat with the model with and without your adapter, and export it. This screen is coming.</source>
        <translation>分别在使用和不使用适配器时与模型对话，并导出适配器。此页面即将推出。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="66"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/hardware_probe.py" line="28"/>
        <source>No NVIDIA GPU found: training runs on the CPU (slow)</source>
        <translation>未找到 NVIDIA GPU：将在 CPU 上训练（较慢）</translation>
    </message>
    <message>
        <location filename="../../desktop/screenshots.py" line="118"/>
        <location filename="../../desktop/workers/hardware_probe.py" line="33"/>
        <source>{0} · {1:.1f} GiB of {2:.1f} GiB VRAM free</source>
        <translation>{0} · VRAM 可用 {1:.1f} GiB / 共 {2:.1f} GiB</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="201"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="202"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="204"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="206"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="213"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="221"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="223"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="223"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="224"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="230"/>
        <location filename="../../desktop/main_window.py" line="387"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="233"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="242"/>
        <source>&amp;Start training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="243"/>
        <source>S&amp;top (save the adapter so far)</source>
        <translation>停止(&amp;T)（保存目前的适配器）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="244"/>
        <source>&amp;Kill</source>
        <translation>强制结束(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="247"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="248"/>
        <source>Lorasmith &amp;help</source>
        <translation>Lorasmith 帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="250"/>
        <source>&amp;About Lorasmith</source>
        <translation>关于 Lorasmith(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="267"/>
        <source>Training finished. The adapter is in {0}</source>
        <translation>训练完成。适配器保存在 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="269"/>
        <source>Training failed: {0}</source>
        <translation>训练失败：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="286"/>
        <source>Could not create the run folder</source>
        <translation>无法创建运行文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="300"/>
        <source>Could not start training</source>
        <translation>无法开始训练</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="321"/>
        <source>Stopping after this step…</source>
        <translation>本步完成后停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="332"/>
        <source>Training: step {0} of {1}</source>
        <translation>训练中：第 {0} / {1} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="337"/>
        <source>The training process stopped unexpectedly</source>
        <translation>训练进程意外停止</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="338"/>
        <source>It ended with exit code {0} without saying why. The app is fine; the last checkpoint, if any, can be resumed from the Runs screen.</source>
        <translation>它以退出代码 {0} 结束，没有说明原因。本程序仍在正常运行；如果有最近的检查点，可以在“运行记录”页面继续训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="358"/>
        <source>A run is going: {0} is shown over it for comparison</source>
        <translation>正在训练中：{0} 已叠加显示以便对比</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="388"/>
        <source>The new language is used the next time Lorasmith starts.</source>
        <translation>新语言将在下次启动 Lorasmith 时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="390"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="391"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="414"/>
        <source>About Lorasmith</source>
        <translation>关于 Lorasmith</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="485"/>
        <source>A training run is going</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="486"/>
        <source>What should happen to the run?</source>
        <translation>要如何处理这次训练？</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="487"/>
        <source>Stop saves the adapter trained so far; the window closes when it is saved. Kill ends the run at once; you can resume it later from its last checkpoint.</source>
        <translation>“停止”会保存目前训练好的适配器，保存完成后窗口关闭。“强制结束”会立即结束训练；之后可以从最近的检查点继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="490"/>
        <source>Stop and quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="491"/>
        <source>Kill and quit</source>
        <translation>强制结束并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="492"/>
        <source>Keep training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="500"/>
        <source>Stopping… the window closes when the adapter is saved.</source>
        <translation>正在停止…适配器保存后窗口将关闭。</translation>
    </message>
</context>
<context>
    <name>MonitorView</name>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="74"/>
        <source>No run yet: start one in the Train screen, or open one in Runs.</source>
        <translation>还没有运行：请在“训练”页面开始一次，或在“运行记录”中打开一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="80"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="81"/>
        <source>Stop after the current step and save the adapter so far.</source>
        <translation>完成当前这一步后停止，并保存目前的适配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="82"/>
        <source>Kill</source>
        <translation>强制结束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="83"/>
        <source>End the training process at once. Nothing since the last checkpoint is kept; you can resume from that checkpoint.</source>
        <translation>立即结束训练进程。最近一个检查点之后的进度不会保留；之后可以从该检查点继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="85"/>
        <source>Open run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="101"/>
        <source>Point at a curve to read its values.</source>
        <translation>将鼠标指向曲线即可读取数值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="109"/>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="110"/>
        <source>Show the loss on a logarithmic scale, which spreads out small changes late in training.</source>
        <translation>用对数坐标显示损失，便于看清训练后期的细小变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="113"/>
        <source>Raw loss</source>
        <translation>原始损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="115"/>
        <source>Also draw the loss of every step, not only the smoothed curve.</source>
        <translation>除平滑曲线外，也画出每一步的损失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="119"/>
        <source>How strongly the smoothed curve averages recent steps (0: not at all, 0.99: very strongly).</source>
        <translation>平滑曲线对最近各步取平均的强度（0：不平滑，0.99：非常平滑）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="122"/>
        <source>Clear comparison</source>
        <translation>清除对比</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="128"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="152"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="153"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="179"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="180"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="181"/>
        <source>Gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="182"/>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="199"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="200"/>
        <source>Training loss (smoothed)</source>
        <translation>训练损失（平滑）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="201"/>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="309"/>
        <source>{0}: training loss</source>
        <translation>{0}：训练损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="312"/>
        <source>{0}: validation loss</source>
        <translation>{0}：验证损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="375"/>
        <location filename="../../desktop/views/monitor_view.py" line="452"/>
        <source>Step {0}</source>
        <translation>第 {0} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="377"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="387"/>
        <source>Warnings ({0})</source>
        <translation>警告（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="400"/>
        <source>Waiting for the first step…</source>
        <translation>等待第一步…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="403"/>
        <source>Step {0} of {1}</source>
        <translation>第 {0} / {1} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="406"/>
        <source>Epoch {0} of {1}</source>
        <translation>轮次 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="407"/>
        <source>Elapsed {0}</source>
        <translation>已用时 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="409"/>
        <source>About {0} left</source>
        <translation>约剩 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="411"/>
        <source>{0} tokens/s</source>
        <translation>{0} token/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="417"/>
        <source>Training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="417"/>
        <source>Stopping after this step…</source>
        <translation>本步完成后停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="418"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="418"/>
        <source>Stopped, adapter saved</source>
        <translation>已停止，适配器已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="419"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="419"/>
        <source>Crashed</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="419"/>
        <source>Killed</source>
        <translation>已强制结束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="420"/>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="445"/>
        <source>No points yet.</source>
        <translation>还没有数据点。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="452"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="455"/>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="458"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="459"/>
        <source>(step {0})</source>
        <translation>（第 {0} 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="462"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_view.py" line="465"/>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
</context>
<context>
    <name>PathEdit</name>
    <message>
        <location filename="../../desktop/views/train_form.py" line="83"/>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_form.py" line="87"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/views/dataset_preview.py" line="106"/>
        <source>Trained: the model learns to write this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_preview.py" line="107"/>
        <source>Prompt: context only, not trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_preview.py" line="108"/>
        <source>Cut off: past the cutoff length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_preview.py" line="126"/>
        <source>This row cannot be trained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_preview.py" line="160"/>
        <source>end-of-text token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_preview.py" line="180"/>
        <source>%1 characters, %2 of them trained. Choose a model to count tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_preview.py" line="183"/>
        <source>%1 tokens, %2 of them trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_preview.py" line="186"/>
        <source>The row has %1 tokens; everything past the cutoff of %2 is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../desktop/views/dataset_problems.py" line="25"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_problems.py" line="25"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_problems.py" line="48"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_problems.py" line="50"/>
        <source>Problems: %1 and %2. Click one to go to its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_problems.py" line="51"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_problems.py" line="52"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_problems.py" line="56"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_problems.py" line="57"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_problems.py" line="57"/>
        <source>Warning</source>
        <translation type="unfinished">警告</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/i18n.py" line="43"/>
        <source>&amp;Step up</source>
        <translation>增大(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="43"/>
        <source>Step &amp;down</source>
        <translation>减小(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/i18n.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="34"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="35"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="35"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="36"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="36"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="37"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop/i18n.py" line="32"/>
        <source>Show Details...</source>
        <translation>显示详细信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="32"/>
        <source>Hide Details...</source>
        <translation>隐藏详细信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="33"/>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/i18n.py" line="23"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="23"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="24"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="24"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="25"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="25"/>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="26"/>
        <source>Close without Saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="26"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="27"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="27"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="28"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="28"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="29"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="29"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="30"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="30"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="31"/>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop/i18n.py" line="38"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="39"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="39"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="40"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="40"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="41"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="42"/>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RawTextView</name>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="73"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="74"/>
        <source>Tokens each chunk repeats from the end of the previous one, so no passage is only ever seen cut in half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="79"/>
        <location filename="../../desktop/views/dataset_rawtext.py" line="87"/>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="80"/>
        <source>Move chunk edges to a line break within this many characters, so chunks start and end on whole lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="83"/>
        <source>Text that splits the file into blocks no chunk crosses; \n is a line break. The default, \n\n\n, is two empty lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="88"/>
        <source>Blocks this short or shorter are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="89"/>
        <source>End each block with the end-of-text token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="96"/>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="98"/>
        <source>Prefer line breaks within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="100"/>
        <source>Hard cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="102"/>
        <source>Leave out blocks up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="140"/>
        <source>Chunks (alternating shades): each is trained as one example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="141"/>
        <source>Overlap: also at the end of the chunk before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="167"/>
        <source>Working out the chunks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_rawtext.py" line="187"/>
        <source>%n chunk(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset_rawtext.py" line="187"/>
        <source>from %n block(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="189"/>
        <source>Counted with words standing in for tokens; choose a model for exact chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_rawtext.py" line="232"/>
        <source>Chunk %1 of %2 (block %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <location filename="../../desktop/views/dataset_row_editor.py" line="112"/>
        <source>Select a row in the table to edit it here. Each column gets its own box; changes can be undone with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_row_editor.py" line="147"/>
        <source>%1 (not in this row; type to add it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_row_editor.py" line="149"/>
        <source>%1 (a list, written as JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_row_editor.py" line="151"/>
        <source>%1 (an object, written as JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_row_editor.py" line="153"/>
        <source>%1 (a JSON value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset_row_editor.py" line="204"/>
        <source>Not applied: this is not valid JSON (%1). Fix it, or undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunConfig</name>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="98"/>
        <source>Folder of the base model to fine-tune (safetensors weights, config and tokenizer).</source>
        <translation>要微调的基础模型所在的文件夹（含 safetensors 权重、配置和分词器）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="101"/>
        <source>Your training data: a JSON, JSONL, CSV, Parquet or text file, or a folder of .txt files.</source>
        <translation>你的训练数据：JSON、JSONL、CSV、Parquet 或文本文件，或一个装有 .txt 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="104"/>
        <source>How rows are read. &apos;auto&apos; detects Alpaca, ShareGPT, OpenAI messages, text and raw text.</source>
        <translation>如何读取每一行。“auto”会自动识别 Alpaca、ShareGPT、OpenAI messages、text 和纯文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="107"/>
        <source>A format file (%key% templates) that turns each row into training text. Empty: the model&apos;s chat template, or our Alpaca format.</source>
        <translation>把每一行变成训练文本的格式文件（%key% 模板）。留空：使用模型自带的对话模板，或我们的 Alpaca 格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="111"/>
        <source>Chat template for conversations: &apos;auto&apos; uses the model&apos;s own, or a file of ours or yours.</source>
        <translation>对话所用的对话模板：“auto”使用模型自带的，也可以选我们提供的或你自己的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="114"/>
        <source>Also train on the user&apos;s side of each example, not just the answers. Usually off: the model should learn to answer, not to ask.</source>
        <translation>除了回答，也训练每个示例中用户说的部分。通常关闭：模型应该学会回答，而不是提问。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="118"/>
        <source>A separate file to measure validation loss on. Empty: hold out part of the dataset instead.</source>
        <translation>用于计算验证损失的单独文件。留空：改为从数据集中留出一部分。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="121"/>
        <source>Fraction of the dataset held out to measure validation loss (0 turns validation off).</source>
        <translation>从数据集中留出用于计算验证损失的比例（0 表示不做验证）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="124"/>
        <source>Longest example in tokens. Longer ones are cut. Raising it covers longer texts but needs more VRAM.</source>
        <translation>示例的最大长度（token 数），更长的会被截断。调高可容纳更长的文本，但需要更多 VRAM。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="128"/>
        <source>Raw text: tokens each chunk shares with the previous one, so no sentence is only ever seen cut in half.</source>
        <translation>纯文本：每个片段与上一个片段重叠的 token 数，这样任何句子都不会只以被切断的形式出现。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="132"/>
        <source>Raw text: move chunk edges to a newline within this many characters, so chunks start and end on whole lines.</source>
        <translation>纯文本：在这么多字符范围内把片段边界移到换行处，让片段以完整的行开始和结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="136"/>
        <source>Raw text: this string splits the text into blocks that no chunk crosses (default: three newlines).</source>
        <translation>纯文本：用这个字符串把文本分成块，任何片段都不会跨块（默认：三个换行）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="140"/>
        <source>Raw text: drop blocks this short or shorter (in characters).</source>
        <translation>纯文本：丢弃不超过这么多字符的块。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="143"/>
        <source>Raw text and plain text rows: end each block with the end-of-text token, so the model learns where texts stop.</source>
        <translation>纯文本和 text 行：在每块末尾加上文本结束 token，让模型学会在哪里结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="147"/>
        <source>Pack several short examples into one sequence (each still attends only to itself). Faster on datasets of short rows.</source>
        <translation>把多个短示例打包进一个序列（每个示例仍只关注自身）。数据集中短行多时更快。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="151"/>
        <source>How the base model is stored while training. 4-bit (QLoRA) needs the least VRAM; 8-bit and 16-bit are more exact but need 2-4x more.</source>
        <translation>训练时基础模型的存储精度。4-bit（QLoRA）需要的 VRAM 最少；8-bit 和 16-bit 更精确，但需要 2 到 4 倍的 VRAM。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="155"/>
        <source>Quantise the 4-bit scaling constants too: saves about 0.4 bits per weight at no measurable cost.</source>
        <translation>把 4-bit 的缩放常数也量化：每个权重约省 0.4 bit，几乎没有可测的损失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="159"/>
        <source>Number format for the maths. &apos;auto&apos;: bf16 on RTX 30xx and newer, fp16 on older cards, fp32 on the CPU.</source>
        <translation>计算所用的数值格式。“auto”：RTX 30 系列及更新的显卡用 bf16，较旧的显卡用 fp16，CPU 上用 fp32。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="163"/>
        <source>LoRA rank: how much the adapter can learn. Higher learns more detail but needs more VRAM and can overfit small datasets.</source>
        <translation>LoRA 秩：适配器能学到多少。越高能学到越多细节，但需要更多 VRAM，且在小数据集上容易过拟合。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="167"/>
        <source>LoRA alpha: scales the adapter&apos;s effect. Usually twice the rank.</source>
        <translation>LoRA alpha：缩放适配器的作用强度。通常设为秩的两倍。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="170"/>
        <source>Randomly drops part of the adapter&apos;s input while training, to overfit less.</source>
        <translation>训练时随机丢弃适配器的一部分输入，以减少过拟合。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="173"/>
        <source>Which layers get an adapter: &apos;qv&apos; (least VRAM), &apos;attention&apos;, &apos;all-linear&apos; (learns most), or &apos;custom&apos;.</source>
        <translation>哪些层加上适配器：“qv”（VRAM 最少）、“attention”、“all-linear”（学得最多）或“custom”（自定义）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="177"/>
        <source>Module names for &apos;custom&apos; targets, for example q_proj, v_proj, gate_proj.</source>
        <translation>“custom”目标的模块名，例如 q_proj、v_proj、gate_proj。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="180"/>
        <source>Rank-stabilised LoRA: scales by sqrt(rank), which keeps high ranks learning well.</source>
        <translation>秩稳定 LoRA（rsLoRA）：按 sqrt(秩) 缩放，让高秩也能学得好。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="183"/>
        <source>DoRA: learns magnitude and direction separately. Slightly better results, slower and more VRAM.</source>
        <translation>DoRA：分别学习权重的大小和方向。效果略好，但更慢、需要更多 VRAM。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="187"/>
        <source>Recompute activations instead of storing them: much less VRAM for about 30% more time.</source>
        <translation>重新计算激活值而不是保存它们：大幅减少 VRAM，代价是多花约 30% 的时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="190"/>
        <source>Examples per optimiser step. Larger gives smoother learning; it costs time, not VRAM (see micro batch).</source>
        <translation>每个优化步使用的示例数。越大学习越平稳；它花的是时间而不是 VRAM（见微批次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="194"/>
        <source>Examples processed at once on the GPU. Raising it is faster but needs more VRAM. Batch size must be a multiple of it.</source>
        <translation>GPU 一次同时处理的示例数。调高更快，但需要更多 VRAM。批次大小必须是它的整数倍。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="198"/>
        <source>How many times to go through the dataset. More learns more but can overfit (validation loss rises).</source>
        <translation>把数据集完整过几遍。越多学得越多，但可能过拟合（验证损失上升）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="202"/>
        <source>Stop after this many optimiser steps (-1: decided by epochs).</source>
        <translation>达到这么多优化步后停止（-1：由训练轮数决定）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="205"/>
        <source>How big each learning step is. Higher learns faster but can become unstable; lower is safer but slower.</source>
        <translation>每一步学习的幅度。越高学得越快，但可能不稳定；越低越稳妥，但更慢。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="209"/>
        <source>How the learning rate changes over the run.</source>
        <translation>学习率在训练过程中如何变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="212"/>
        <source>Fraction of the run spent slowly raising the learning rate, to start gently.</source>
        <translation>训练开始时用于逐渐提高学习率的比例，让训练平稳起步。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="215"/>
        <source>Clip large gradients to this size, which prevents sudden jumps in the loss.</source>
        <translation>把过大的梯度裁剪到这个大小，防止损失突然跳变。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="218"/>
        <source>&apos;auto&apos;: paged 8-bit AdamW on a GPU (saves VRAM), AdamW on the CPU.</source>
        <translation>“auto”：GPU 上用分页 8-bit AdamW（节省 VRAM），CPU 上用 AdamW。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="221"/>
        <source>Pulls adapter weights towards zero a little each step, to overfit less.</source>
        <translation>每一步把适配器权重稍微拉向零，以减少过拟合。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="224"/>
        <source>Random seed: the same seed and settings give the same run.</source>
        <translation>随机种子：相同的种子和设置会得到相同的训练结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="227"/>
        <source>NEFTune: add noise to embeddings while training (5 is typical). Can help instruction tuning; 0 turns it off.</source>
        <translation>NEFTune：训练时给嵌入加噪声（常用 5）。可能有助于指令微调；0 表示关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="231"/>
        <source>Measure validation loss every this many steps.</source>
        <translation>每隔这么多步计算一次验证损失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="234"/>
        <source>Save a checkpoint every this many steps, so a crash or a stop loses little.</source>
        <translation>每隔这么多步保存一个检查点，这样崩溃或停止时损失很少。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="237"/>
        <source>Keep at most this many checkpoints (older ones are deleted). 0 keeps all.</source>
        <translation>最多保留这么多个检查点（更早的会被删除）。0 表示全部保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="240"/>
        <source>Report the training loss every this many steps.</source>
        <translation>每隔这么多步报告一次训练损失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="243"/>
        <source>Stop when the training loss falls below this (0 never stops early).</source>
        <translation>训练损失低于这个值时停止（0 表示不提前停止）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="246"/>
        <source>Stop when validation loss has not improved for this many evaluations (0 never stops).</source>
        <translation>验证损失连续这么多次评估都没有改善时停止（0 表示从不停止）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="249"/>
        <source>&apos;auto&apos; trains on the GPU when there is one, else on the CPU (slow; for the demo and tiny models).</source>
        <translation>“auto”：有 GPU 时在 GPU 上训练，否则在 CPU 上训练（很慢；只适合演示模型和极小的模型）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="253"/>
        <source>Cap on the GPU memory this run may use, in GiB (0: no cap). Past it the run stops with an out-of-memory message instead of slowing to a crawl.</source>
        <translation>本次训练可使用的 GPU 显存上限，单位 GiB（0：不限制）。超过上限时训练会停止并提示显存不足，而不是慢得像爬。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="257"/>
        <source>Allow loading .bin (pickle) weights, which can run code hidden in the file. Only for models you trust.</source>
        <translation>允许加载 .bin（pickle）权重，这种文件可能运行藏在里面的代码。仅用于你信任的模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="261"/>
        <source>Allow a model to run its own Python code from its folder. Only for models you trust.</source>
        <translation>允许模型运行其文件夹中自带的 Python 代码。仅用于你信任的模型。</translation>
    </message>
</context>
<context>
    <name>RunPickerDialog</name>
    <message>
        <location filename="../../desktop/views/train_view.py" line="70"/>
        <source>Copy parameters from a run</source>
        <translation>从一次运行复制参数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="85"/>
        <source>Its settings replace the ones in the form:</source>
        <translation>它的设置会替换表单中的设置：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="86"/>
        <source>There are no runs yet.</source>
        <translation>还没有任何运行。</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="43"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="43"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="43"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="43"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="44"/>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="44"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="44"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="44"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="52"/>
        <source>Select a run to see its settings.</source>
        <translation>选择一次运行以查看其设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="54"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="55"/>
        <source>Show curves</source>
        <translation>查看曲线</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="56"/>
        <source>Show this run&apos;s curves in the Monitor</source>
        <translation>在“监控”页面显示这次运行的曲线</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="57"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="58"/>
        <source>Select two or more runs (Ctrl+click) to overlay their curves</source>
        <translation>选择两次或更多运行（按住 Ctrl 点击）以叠加它们的曲线</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="59"/>
        <source>Resume</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="60"/>
        <source>Copy settings to Train</source>
        <translation>复制设置到“训练”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="61"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="75"/>
        <source>No runs yet. Runs you start in the Train screen appear here.</source>
        <translation>还没有运行。在“训练”页面开始的运行会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="97"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="99"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="99"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="99"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="100"/>
        <source>Interrupted</source>
        <translation>被中断</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="100"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="163"/>
        <source>Continue this run from its last checkpoint</source>
        <translation>从最近的检查点继续这次运行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="164"/>
        <source>Only a stopped or interrupted run with a saved checkpoint can be resumed</source>
        <translation>只有已停止或被中断、且保存过检查点的运行才能继续</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="181"/>
        <source>Adapter: {0}</source>
        <translation>适配器：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="184"/>
        <source>Last checkpoint: {0}</source>
        <translation>最近的检查点：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="186"/>
        <source>(run.yaml could not be read)</source>
        <translation>（无法读取 run.yaml）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="189"/>
        <source>Base model: {0}</source>
        <translation>基础模型：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="190"/>
        <source>Dataset: {0}</source>
        <translation>数据集：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="193"/>
        <source>Changed from the defaults:</source>
        <translation>与默认值不同的设置：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="196"/>
        <source>All other settings are the defaults.</source>
        <translation>其他设置均为默认值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs_view.py" line="197"/>
        <source>All settings (run.yaml):</source>
        <translation>全部设置（run.yaml）：</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="14"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="15"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="16"/>
        <source>Dataset kind</source>
        <translation>数据集类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="17"/>
        <source>Format file</source>
        <translation>格式文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="18"/>
        <source>Chat template</source>
        <translation>对话模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="19"/>
        <source>Train on prompts too</source>
        <translation>同时训练提示部分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="20"/>
        <source>Validation file</source>
        <translation>验证文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="21"/>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="22"/>
        <source>Cutoff length (tokens)</source>
        <translation>截断长度（token）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="23"/>
        <source>Chunk overlap (tokens)</source>
        <translation>片段重叠（token）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="24"/>
        <source>Cut at newline within (characters)</source>
        <translation>在此范围内按换行切分（字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="25"/>
        <source>Hard cut string</source>
        <translation>强制切分字符串</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="26"/>
        <source>Drop blocks up to (characters)</source>
        <translation>丢弃不超过此长度的块（字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="27"/>
        <source>Add end-of-text token</source>
        <translation>添加文本结束 token</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="28"/>
        <source>Pack short examples</source>
        <translation>打包短示例</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="29"/>
        <source>Base model precision</source>
        <translation>基础模型精度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="30"/>
        <source>Double quantisation</source>
        <translation>双重量化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="31"/>
        <source>Compute number format</source>
        <translation>计算数值格式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="32"/>
        <source>LoRA rank</source>
        <translation>LoRA 秩</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="33"/>
        <source>LoRA alpha</source>
        <translation>LoRA alpha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="34"/>
        <source>LoRA dropout</source>
        <translation>LoRA dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="35"/>
        <source>LoRA target layers</source>
        <translation>LoRA 目标层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="36"/>
        <source>Custom target modules</source>
        <translation>自定义目标模块</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="37"/>
        <source>Rank-stabilised LoRA</source>
        <translation>秩稳定 LoRA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="38"/>
        <source>DoRA</source>
        <translation>DoRA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="39"/>
        <source>Gradient checkpointing</source>
        <translation>梯度检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="40"/>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="41"/>
        <source>Micro batch size</source>
        <translation>微批次大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="42"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="43"/>
        <source>Maximum steps</source>
        <translation>最大步数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="44"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="45"/>
        <source>Learning rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="46"/>
        <source>Warm-up share</source>
        <translation>预热比例</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="47"/>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="48"/>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="49"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="50"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="51"/>
        <source>NEFTune noise</source>
        <translation>NEFTune 噪声</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="52"/>
        <source>Validate every (steps)</source>
        <translation>验证间隔（步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="53"/>
        <source>Checkpoint every (steps)</source>
        <translation>检查点间隔（步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="54"/>
        <source>Checkpoints to keep</source>
        <translation>保留的检查点数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="55"/>
        <source>Report loss every (steps)</source>
        <translation>损失报告间隔（步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="56"/>
        <source>Stop below loss</source>
        <translation>损失低于此值时停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="57"/>
        <source>Early stopping patience</source>
        <translation>提前停止耐心值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="58"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="59"/>
        <source>VRAM cap (GiB)</source>
        <translation>VRAM 上限（GiB）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="60"/>
        <source>Allow .bin (pickle) weights</source>
        <translation>允许 .bin（pickle）权重</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="61"/>
        <source>Trust the model&apos;s own code</source>
        <translation>信任模型自带的代码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="66"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="68"/>
        <source>Text length and raw text</source>
        <translation>文本长度与纯文本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="70"/>
        <source>Model and LoRA</source>
        <translation>模型与 LoRA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="73"/>
        <source>Optimisation</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="76"/>
        <source>Validation, checkpoints and stopping</source>
        <translation>验证、检查点与停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="78"/>
        <source>Hardware and safety</source>
        <translation>硬件与安全</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="81"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="85"/>
        <source>decided by epochs</source>
        <translation>由训练轮数决定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="86"/>
        <location filename="../../desktop/views/train_texts.py" line="87"/>
        <location filename="../../desktop/views/train_texts.py" line="88"/>
        <location filename="../../desktop/views/train_texts.py" line="89"/>
        <location filename="../../desktop/views/train_texts.py" line="90"/>
        <location filename="../../desktop/views/train_texts.py" line="92"/>
        <location filename="../../desktop/views/train_texts.py" line="93"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="91"/>
        <source>keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_texts.py" line="94"/>
        <source>no cap</source>
        <translation>不限制</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../desktop/views/train_form.py" line="186"/>
        <source>Main settings</source>
        <translation>主要设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_form.py" line="192"/>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_form.py" line="224"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_form.py" line="266"/>
        <source>auto: the model&apos;s own template</source>
        <translation>auto：使用模型自带的模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_form.py" line="268"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_form.py" line="272"/>
        <source>comma-separated, for example q_proj, v_proj</source>
        <translation>用逗号分隔，例如 q_proj, v_proj</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <location filename="../../desktop/views/train_view.py" line="31"/>
        <source>Choose the base model&apos;s folder.</source>
        <translation>请选择基础模型所在的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="33"/>
        <source>This folder does not exist.</source>
        <translation>这个文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="35"/>
        <source>No config.json in this folder: choose the folder that holds the model&apos;s files.</source>
        <translation>这个文件夹里没有 config.json：请选择存放模型文件的那个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="37"/>
        <source>Choose your dataset: a file, or a folder of .txt files.</source>
        <translation>请选择数据集：一个文件，或一个装有 .txt 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="39"/>
        <location filename="../../desktop/views/train_view.py" line="43"/>
        <source>This file does not exist.</source>
        <translation>这个文件不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="46"/>
        <source>The batch size must be a multiple of the micro batch size ({0}); use {1}, or change the micro batch size.</source>
        <translation>批次大小必须是微批次大小（{0}）的整数倍；请改用 {1}，或修改微批次大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="50"/>
        <source>The overlap must be smaller than the cutoff length ({0}).</source>
        <translation>重叠长度必须小于截断长度（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="53"/>
        <source>List module names such as q_proj, v_proj, or choose another target preset.</source>
        <translation>请列出模块名，例如 q_proj, v_proj，或选择其他目标预设。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="111"/>
        <source>Load…</source>
        <translation>载入…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="112"/>
        <source>Load settings from a run YAML file (Ctrl+O)</source>
        <translation>从运行 YAML 文件载入设置（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="113"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="114"/>
        <source>Save these settings as a run YAML file (Ctrl+S), for later or for the command line</source>
        <translation>把这些设置保存为运行 YAML 文件（Ctrl+S），供以后或命令行使用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="116"/>
        <source>Copy parameters from…</source>
        <translation>复制参数自…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="117"/>
        <source>Fill the form with the settings of an earlier run</source>
        <translation>用之前某次运行的设置填写表单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="118"/>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="119"/>
        <source>Put every setting back to its default</source>
        <translation>把所有设置恢复为默认值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="121"/>
        <source>run name (automatic)</source>
        <translation>运行名称（自动）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="124"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="125"/>
        <source>Start a run with these settings (F5)</source>
        <translation>用这些设置开始一次运行（F5）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="127"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="128"/>
        <source>Stop after the current step and save the adapter so far</source>
        <translation>完成当前这一步后停止，并保存目前的适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="129"/>
        <source>Kill</source>
        <translation>强制结束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="130"/>
        <source>End the training process at once</source>
        <translation>立即结束训练进程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="170"/>
        <source>Load settings</source>
        <translation>载入设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="171"/>
        <source>Run settings (*.yaml *.yml);;All files (*)</source>
        <translation>运行设置 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="177"/>
        <source>Could not load the settings</source>
        <translation>无法载入设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="186"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="187"/>
        <source>Run settings (*.yaml *.yml)</source>
        <translation>运行设置 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="193"/>
        <source>Could not save the settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="227"/>
        <source>Ready to start.</source>
        <translation>可以开始了。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train_view.py" line="230"/>
        <source>Fix the settings marked in red to start.</source>
        <translation>请先修正标红的设置再开始。</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="14"/>
        <source>Training loss fell below 1</source>
        <translation>训练损失降到了 1 以下</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="15"/>
        <source>The model may be starting to memorise your examples word for word. If its answers repeat your data, train for fewer epochs or with a lower learning rate.</source>
        <translation>模型可能开始逐字死记你的示例。如果它的回答在照搬你的数据，请减少训练轮数或降低学习率。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="18"/>
        <source>Training loss is 0</source>
        <translation>训练损失为 0</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="19"/>
        <source>Nothing real is being learned: usually the trained part of the examples is empty. Check in the Dataset screen that the answers are shown in the trained colour.</source>
        <translation>模型没有学到任何真正的东西：通常是示例中被训练的部分为空。请在“数据集”页面检查回答是否以“被训练”的颜色显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="22"/>
        <source>Training loss is not a number (NaN)</source>
        <translation>训练损失不是数值（NaN）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="23"/>
        <source>The run became unstable and was stopped. Halve the learning rate and start again, or look for broken rows in the dataset.</source>
        <translation>训练变得不稳定，已被停止。请把学习率减半后重新开始，或检查数据集中是否有损坏的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="26"/>
        <source>Overfitting: validation loss is rising</source>
        <translation>过拟合：验证损失在上升</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="27"/>
        <source>The model is memorising the training rows instead of learning from them. Stop now and use the adapter so far, or train for fewer epochs next time.</source>
        <translation>模型在死记训练数据，而不是从中学习。请现在停止并使用目前的适配器，或下次减少训练轮数。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="30"/>
        <source>Out of GPU memory</source>
        <translation>GPU 显存不足</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="31"/>
        <source>Lower the micro batch size or the cutoff length, or turn on gradient checkpointing, then start again.</source>
        <translation>请调低微批次大小或截断长度，或开启梯度检查点，然后重新开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="34"/>
        <source>Some examples are longer than the cutoff</source>
        <translation>部分示例超过了截断长度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="35"/>
        <source>Their ends were cut off, so the model never learns them. Raise the cutoff length, or shorten those examples.</source>
        <translation>它们的结尾被截掉了，模型学不到这些内容。请调高截断长度，或缩短这些示例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="38"/>
        <source>Some rows were left out</source>
        <translation>部分行被跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="39"/>
        <source>They have problems (the Log tab says which). Open the dataset in the Dataset screen and fix them.</source>
        <translation>这些行有问题（“日志”标签页列出了具体是哪些）。请在“数据集”页面打开数据集并修正。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="42"/>
        <source>The dataset could not be used</source>
        <translation>无法使用这个数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="43"/>
        <source>Open it in the Dataset screen to see the problems and fix them, then start again.</source>
        <translation>请在“数据集”页面打开它，查看并修正问题，然后重新开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="45"/>
        <source>The settings have a problem</source>
        <translation>设置有问题</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="46"/>
        <source>Fix the settings marked in the Train screen, then start again.</source>
        <translation>请修正“训练”页面中标出的设置，然后重新开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="48"/>
        <source>The base model could not be loaded</source>
        <translation>无法加载基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="49"/>
        <source>Choose a model folder with safetensors weights, or download the model again.</source>
        <translation>请选择包含 safetensors 权重的模型文件夹，或重新下载模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="51"/>
        <source>No usable GPU</source>
        <translation>没有可用的 GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="52"/>
        <source>Set Device to auto or cpu in the Train screen, or update the graphics driver.</source>
        <translation>请在“训练”页面把“设备”设为 auto 或 cpu，或更新显卡驱动。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="54"/>
        <source>The training process crashed</source>
        <translation>训练进程崩溃了</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="55"/>
        <source>This is a bug in Lorasmith. Save the log (Log tab) and send it with a short report.</source>
        <translation>这是 Lorasmith 的程序错误。请保存日志（“日志”标签页），附上简短说明发给我们。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor_warnings.py" line="68"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
</TS>
