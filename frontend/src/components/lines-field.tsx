import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The form field holding a string[]. */
  name: string;
  label: ReactNode;
  /** The accessible name of each line is `${lineLabel} ${n}`. */
  lineLabel: string;
  help?: ReactNode;
  placeholder?: string;
  /** Message when the list is empty. */
  atLeastOneMessage: string;
  lineRequiredMessage: string;
  maxLength?: number;
  maxLines?: number;
  rows?: number;
};

/** A list of text lines (materials, required changes, reasons, experts): add, edit, remove. */
export function LinesField(props: Props) {
  const { t } = useTranslation();
  const maxLength = props.maxLength ?? 1000;
  return (
    <Form.List
      name={props.name}
      rules={[
        {
          validator: async (_, lines?: unknown[]) => {
            if (!lines || lines.length === 0) throw new Error(props.atLeastOneMessage);
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={props.label} extra={props.help} required>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start" style={{ marginBottom: 8 }}>
              <Form.Item
                name={field.name}
                style={{ flex: 1, marginBottom: 0 }}
                rules={[
                  { required: true, whitespace: true, message: props.lineRequiredMessage },
                  { max: maxLength, message: t('form.tooLong', { max: maxLength }) },
                ]}
              >
                <Input.TextArea
                  aria-label={`${props.lineLabel} ${index + 1}`}
                  autoSize={{ minRows: props.rows ?? 1, maxRows: 6 }}
                  maxLength={maxLength}
                  placeholder={props.placeholder}
                />
              </Form.Item>
              <Button
                type="text"
                aria-label={`${t('actions.remove')} ${props.lineLabel} ${index + 1}`}
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          {fields.length < (props.maxLines ?? 50) && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} block>
              {t('form.addLine')}
            </Button>
          )}
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}

/** The non-blank lines, trimmed, as the API takes them. */
export function cleanLines(lines: readonly (string | undefined)[] | undefined): string[] {
  return (lines ?? []).map((line) => (line ?? '').trim()).filter((line) => line.length > 0);
}
