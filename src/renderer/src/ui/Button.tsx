import type { ReactNode } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import './Button.css';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children'> {
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
  size?: 'normal' | 'small';
  icon?: ReactNode;
  children?: ReactNode;
}

/** A button with a visible label (an icon alone needs `aria-label`). */
export function Button({
  variant = 'secondary',
  size = 'normal',
  icon,
  children,
  ...props
}: ButtonProps) {
  return (
    <AriaButton {...props} className={`btn btn-${variant} btn-${size}`}>
      {icon}
      {children !== undefined && <span>{children}</span>}
    </AriaButton>
  );
}
